<?xml version="1.0" encoding="UTF-8"?>
<!--
  General Portuguese pronunciations for Spoken (PLS 1.0). Articles add their own lexicons
  (front matter `lexicons: [...]`); those are read after this one and win. Initialisms
  said as words are given as aliases (the voice's own letter-to-sound rules read them).
-->
<lexicon version="1.0"
    xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    xmlns:spoken="urn:x-spoken:pls"
    alphabet="ipa" xml:lang="pt-PT">
  <lexeme spoken:case="sensitive">
    <grapheme>ADN</grapheme>
    <alias>á dê ene</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>ONU</grapheme>
    <alias>onu</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>OMS</grapheme>
    <alias>organização mundial da saúde</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>UE</grapheme>
    <alias>união europeia</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>PIB</grapheme>
    <alias>produto interno bruto</alias>
  </lexeme>
</lexicon>
