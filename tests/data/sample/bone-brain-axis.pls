<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names in "New Research Highlights a 'Bone–Brain Axis'" (PLS 1.0, IPA), read after
  voices/lexicons/en.pls. Mandarin names and places use the usual Pinyin-to-English
  conventions of English dictionaries and Wikipedia's English pronunciation keys
  (x -> /ʃ/, zh and j -> /dʒ/, ao -> /aʊ/, ang -> /ɑːŋ/, eng -> /ʌŋ/, ong -> /ʊŋ/,
  i after n/x -> /iː/ or /ɪ/), e.g. Xi'an /ˌʃiːˈɑːn/, Ningxia /ˌnɪŋʃiˈɑː/, Jiangsu
  /ˌdʒjɑːŋˈsuː/, Zhao /dʒaʊ/, Deng /dʌŋ/, Mao Zedong /dzəˈdʊŋ/. Not eSpeak's guesses.
  "Li" is the surname: case-sensitive so that a lowercase "li" elsewhere keeps its sound.
-->
<lexicon version="1.0"
    xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    xmlns:spoken="urn:x-spoken:pls"
    alphabet="ipa" xml:lang="en-US">
  <lexeme spoken:case="sensitive">
    <grapheme>Pengpeng Li</grapheme>
    <phoneme>ˈpʌŋpʌŋ ˈliː</phoneme>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>Li</grapheme>
    <phoneme>ˈliː</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Pengpeng</grapheme>
    <phoneme>ˈpʌŋpʌŋ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Yangyang Gao</grapheme>
    <phoneme>ˈjɑːŋjɑːŋ ˈɡaʊ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Yangyang</grapheme>
    <phoneme>ˈjɑːŋjɑːŋ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Gao</grapheme>
    <phoneme>ˈɡaʊ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Xudong Zhao</grapheme>
    <phoneme>ˌʃuːˈdʊŋ ˈdʒaʊ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Xudong</grapheme>
    <phoneme>ˌʃuːˈdʊŋ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Zhao</grapheme>
    <phoneme>ˈdʒaʊ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Xi'an</grapheme>
    <phoneme>ˌʃiːˈɑːn</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Ningxia</grapheme>
    <phoneme>ˌnɪŋʃiˈɑː</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Jiangnan</grapheme>
    <phoneme>ˌdʒjɑːŋˈnɑːn</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Biomolecules</grapheme>
    <phoneme>ˌbaɪoʊˈmɑləˌkjulz</phoneme>
  </lexeme>
</lexicon>
