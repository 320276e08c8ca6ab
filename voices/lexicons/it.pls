<?xml version="1.0" encoding="UTF-8"?>
<!--
  General Italian pronunciations for Spoken (PLS 1.0). Articles add their own lexicons
  (front matter `lexicons: [...]`); those are read after this one and win. Initialisms
  said as words are given as aliases (the voice's own letter-to-sound rules read them).
-->
<lexicon version="1.0"
    xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    xmlns:spoken="urn:x-spoken:pls"
    alphabet="ipa" xml:lang="it-IT">
  <lexeme spoken:case="sensitive">
    <grapheme>DNA</grapheme>
    <alias>di enne a</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>ONU</grapheme>
    <alias>onu</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>OMS</grapheme>
    <alias>organizzazione mondiale della sanità</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>UE</grapheme>
    <alias>unione europea</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>PIL</grapheme>
    <alias>prodotto interno lordo</alias>
  </lexeme>
</lexicon>
