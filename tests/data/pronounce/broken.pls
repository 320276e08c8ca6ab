<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0"
    xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="ipa" xml:lang="en-US">
  <lexeme>
    <grapheme>osteocalcin</grapheme>
    <phoneme>ˌɒstioʊˈkælsɪn</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Osteocalcin</grapheme>
    <phoneme>ˌɒstioʊˈkælsɪn</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>cortisol</grapheme>
    <phoneme>ˈkɔɹtəˌsɔl</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>cortisol</grapheme>
    <phoneme>ˈkɔɹtəˌzɔl</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>empty</grapheme>
    <phoneme></phoneme>
  </lexeme>
  <lexeme>
    <grapheme>lonely</grapheme>
  </lexeme>
  <lexeme>
    <grapheme>strange</grapheme>
    <phoneme>ˈstɹeɪndʒ☃</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Müller</grapheme>
    <phoneme>ˈmʏlɐ</phoneme>
  </lexeme>
</lexicon>
