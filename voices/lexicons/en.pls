<?xml version="1.0" encoding="UTF-8"?>
<!--
  General English pronunciations for Spoken (PLS 1.0, IPA). Articles add their own
  lexicons (front matter `lexicons: [...]`); those are read after this one and win.
  Case rule: a grapheme matches its exact case first, then case-folded; a lexeme marked
  spoken:case="sensitive" matches its exact case only (WHO must not touch "who").
  Sources: Merriam-Webster and Wiktionary (US pronunciations, as the default voice is
  en-us); /ɒ/ from British references is kept where the reference gives it.
-->
<lexicon version="1.0"
    xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    xmlns:spoken="urn:x-spoken:pls"
    alphabet="ipa" xml:lang="en-US">
  <lexeme>
    <grapheme>osteocalcin</grapheme>
    <phoneme>ˌɒstioʊˈkælsɪn</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>osteopontin</grapheme>
    <phoneme>ˌɒstioʊˈpɒntɪn</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>cortisol</grapheme>
    <phoneme>ˈkɔɹtəˌsɔl</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>neuromodulation</grapheme>
    <phoneme>ˌnʊɹoʊˌmɑdʒəˈleɪʃən</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>neurodegeneration</grapheme>
    <phoneme>ˌnʊɹoʊdɪˌdʒɛnəˈɹeɪʃən</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>pathophysiology</grapheme>
    <phoneme>ˌpæθoʊˌfɪziˈɑlədʒi</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>multidisciplinary</grapheme>
    <phoneme>ˌmʌltiˈdɪsəpləˌnɛɹi</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>resorption</grapheme>
    <phoneme>ɹiˈsɔɹpʃən</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>biomolecule</grapheme>
    <phoneme>ˌbaɪoʊˈmɑləˌkjul</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>biomolecules</grapheme>
    <phoneme>ˌbaɪoʊˈmɑləˌkjulz</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>takeaway</grapheme>
    <phoneme>ˈteɪkəˌweɪ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>et al</grapheme>
    <phoneme>ɛt ˈæl</phoneme>
  </lexeme>
  <lexeme spoken:case="sensitive">
    <grapheme>WHO</grapheme>
    <alias>World Health Organization</alias>
  </lexeme>
</lexicon>
