<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0"
    xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    xmlns:spoken="urn:x-spoken:pls"
    alphabet="ipa" xml:lang="en-US">
  <lexeme>
    <grapheme>colour</grapheme>
    <grapheme>color</grapheme>
    <phoneme>ˈkʌlɚ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>tomato</grapheme>
    <phoneme>təˈmeɪtoʊ</phoneme>
    <phoneme prefer="true">təˈmɑːtoʊ</phoneme>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>Li</grapheme>
    <phoneme>ˈliː</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>bone–brain axis</grapheme>
    <phoneme>ˈboʊn ˈbreɪn ˈæksɪs</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Xi'an</grapheme>
    <phoneme>ˌʃiːˈɑːn</phoneme>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>WHO</grapheme>
    <alias>World Health Organization</alias>
  </lexeme>
  <lexeme>
    <grapheme>Zhao</grapheme>
    <phoneme alphabet="x-sampa">"dZaU</phoneme>
  </lexeme>
</lexicon>
