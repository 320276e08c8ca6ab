<?xml version="1.0" encoding="UTF-8"?>
<!--
  General German pronunciations for Spoken (PLS 1.0). Articles add their own lexicons
  (front matter `lexicons: [...]`); those are read after this one and win. Initialisms
  said as words are given as aliases (the voice's own letter-to-sound rules read them).
-->
<lexicon version="1.0"
    xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    xmlns:spoken="urn:x-spoken:pls"
    alphabet="ipa" xml:lang="de-DE">
  <lexeme spoken:case="sensitive">
    <grapheme>DNA</grapheme>
    <alias>de en a</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>WHO</grapheme>
    <alias>Weltgesundheitsorganisation</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>EU</grapheme>
    <alias>E U</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>BIP</grapheme>
    <alias>Bruttoinlandsprodukt</alias>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>usw</grapheme>
    <alias>und so weiter</alias>
  </lexeme>
</lexicon>
