<?xml version="1.0" encoding="UTF-8"?>
<!--
  General Spanish pronunciations for Spoken (PLS 1.0). Articles add their own lexicons
  (front matter `lexicons: [...]`); those are read after this one and win. Initialisms
  said as words are given as aliases (the voice's own letter-to-sound rules read them).
-->
<lexicon version="1.0"
    xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    xmlns:spoken="urn:x-spoken:pls"
    alphabet="ipa" xml:lang="es-ES">
  <lexeme spoken:case="sensitive">
    <grapheme>ADN</grapheme>
    <alias>a de ene</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>ONU</grapheme>
    <alias>onu</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>OMS</grapheme>
    <alias>o eme ese</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>UE</grapheme>
    <alias>unión europea</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>EE.UU.</grapheme>
    <alias>Estados Unidos</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>PIB</grapheme>
    <alias>producto interior bruto</alias>
  </lexeme>
</lexicon>
