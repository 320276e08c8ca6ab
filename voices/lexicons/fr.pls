<?xml version="1.0" encoding="UTF-8"?>
<!--
  General French pronunciations for Spoken (PLS 1.0). Articles add their own lexicons
  (front matter `lexicons: [...]`); those are read after this one and win. Initialisms
  said as words are given as aliases (the voice's own letter-to-sound rules read them).
-->
<lexicon version="1.0"
    xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    xmlns:spoken="urn:x-spoken:pls"
    alphabet="ipa" xml:lang="fr-FR">
  <lexeme spoken:case="sensitive">
    <grapheme>ADN</grapheme>
    <alias>a dé ène</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>ONU</grapheme>
    <alias>onu</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>OMS</grapheme>
    <alias>o ème esse</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>UE</grapheme>
    <alias>union européenne</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>PIB</grapheme>
    <alias>produit intérieur brut</alias>
  </lexeme>
</lexicon>
