#include "publish/transcript_reading_aids.h"

namespace spoken {
namespace {

constexpr std::string_view kStyle = R"(
body{font:1.125rem/1.6 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:0 1rem;color:#1a1a1a;background:#fff}
a{color:#0645ad}a:focus,button:focus,select:focus,input:focus,.sentence:focus{outline:3px solid #b35900;outline-offset:2px}
.skip-link{position:absolute;left:-999px}.skip-link:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
audio{width:100%}nav ol{padding-left:1.5rem}time{color:#444;font-variant-numeric:tabular-nums}
button,select{font:inherit;min-height:2.75rem;min-width:2.75rem;padding:.25rem .75rem;margin:.25rem .25rem .25rem 0}
input[type=radio]{width:1.5rem;height:1.5rem;vertical-align:middle}
fieldset{border:1px solid #767676;margin:.5rem 0}fieldset label{display:inline-block;min-height:2.75rem;line-height:2.75rem;margin-right:1rem}
.sentence{cursor:pointer}.sentence.current,.w.current-word{background:#fff3b0}
blockquote{border-left:4px solid #ccc;margin-left:0;padding-left:1rem}
dl dt{font-weight:bold;margin-top:.75rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}a{color:#8ab4f8}time{color:#bbb}.sentence.current,.w.current-word{background:#5c4b00}}
)";

// The speed menu, the same in every language.
constexpr std::string_view kSpeedMenu =
    R"(<select id="speed"><option value="0.5">0.5x</option><option value="0.75">0.75x</option><option value="1" selected>1x</option><option value="1.25">1.25x</option><option value="1.5">1.5x</option><option value="1.75">1.75x</option><option value="2">2x</option><option value="2.5">2.5x</option><option value="3">3x</option></select></p>
)";

constexpr std::string_view kScript = R"(
(function(){var p=document.getElementById('player');if(!p)return;
function load(k){try{return localStorage.getItem(k);}catch(e){return null;}}
function save(k,v){try{localStorage.setItem(k,v);}catch(e){}}
function all(q){return Array.prototype.slice.call(document.querySelectorAll(q));}
function start(e){return parseFloat(e.dataset.start);}
function clock(t){t=Math.floor(t);var s=t%60;return Math.floor(t/60)+':'+(s<10?'0':'')+s;}
var sentences=all('.sentence[data-start]'),sentenceStarts=sentences.map(start);
var sectionStarts=all('nav a[data-start]').map(start),words=all('.w[data-start]');
// The index of the last start at or before t (-1 before the first).
function indexAt(starts,t){var i=-1;for(var k=0;k<starts.length&&starts[k]<=t+0.001;k++)i=k;return i;}
function playFrom(t){p.currentTime=t;var r=p.play();if(r&&r.catch)r.catch(function(){});}
function skip(starts,by){if(!starts.length)return;var i=Math.max(0,Math.min(starts.length-1,indexAt(starts,p.currentTime)+by));p.currentTime=starts[i];}
all('a[data-start]').forEach(function(a){a.addEventListener('click',function(){p.currentTime=start(a);});});
all('[data-skip]').forEach(function(b){b.addEventListener('click',function(){
skip(b.dataset.skip==='section'?sectionStarts:sentenceStarts,parseInt(b.dataset.by,10));});});
document.addEventListener('keydown',function(e){
if(e.altKey&&e.shiftKey&&!e.ctrlKey&&!e.metaKey){var keys={ArrowLeft:[sentenceStarts,-1],ArrowRight:[sentenceStarts,1],ArrowUp:[sectionStarts,-1],ArrowDown:[sectionStarts,1]},k=keys[e.key];
if(k){e.preventDefault();skip(k[0],k[1]);}return;}
if(e.key==='Enter'&&e.target.classList&&e.target.classList.contains('sentence')){e.preventDefault();playFrom(start(e.target));}});
sentences.forEach(function(s,i){s.tabIndex=i===0?0:-1;s.addEventListener('click',function(e){if(!e.target.closest('a'))playFrom(start(s));});});
// Speed: a menu, remembered for every edition.
var speed=document.getElementById('speed'),rate=parseFloat(load('spoken:rate'));
function setRate(r){p.defaultPlaybackRate=r;p.playbackRate=r;}
if(rate>=0.5&&rate<=3&&speed.querySelector('option[value="'+rate+'"]')){speed.value=String(rate);setRate(rate);}
speed.addEventListener('change',function(){setRate(parseFloat(speed.value));save('spoken:rate',speed.value);});
p.addEventListener('loadedmetadata',function(){setRate(parseFloat(speed.value));});
// Highlight: sentence, word or none, remembered.
var mode=load('spoken:highlight')||'sentence',shown=null,shownWord=null,focusable=sentences[0];
all('input[name=highlight]').forEach(function(r){r.checked=r.value===mode;r.addEventListener('change',function(){mode=r.value;save('spoken:highlight',mode);update();});});
function mark(old,now,cls){if(old!==now){if(old)old.classList.remove(cls);if(now)now.classList.add(cls);}return now;}
function current(){var i=indexAt(sentenceStarts,p.currentTime);return i<0?null:sentences[i];}
function update(){var t=p.currentTime,s=current(),w=null;
if(s&&s!==focusable){focusable.tabIndex=-1;s.tabIndex=0;focusable=s;}
var reading=s&&t<parseFloat(s.dataset.end)?s:null;
if(mode==='word'){for(var k=0;k<words.length;k++){if(t>=start(words[k])&&t<parseFloat(words[k].dataset.end)){w=words[k];break;}}}
shown=mark(shown,mode==='sentence'?reading:null,'current');shownWord=mark(shownWord,w,'current-word');
var target=shown||shownWord;if(target&&!p.paused){var box=target.getBoundingClientRect();
if(box.top<0||box.bottom>window.innerHeight)target.scrollIntoView({block:'center'});}}
p.addEventListener('timeupdate',update);p.addEventListener('seeked',update);
document.getElementById('to-current').addEventListener('click',function(){var s=current()||sentences[0];if(s)s.focus();});
// Position, per edition: saved every few seconds and on pause, offered on the next visit.
var key='spoken:position:'+p.dataset.edition,saved=parseFloat(load(key)),lastSaved=0;
function keep(){lastSaved=p.currentTime;save(key,String(p.currentTime));}
p.addEventListener('timeupdate',function(){if(Math.abs(p.currentTime-lastSaved)>=5)keep();});
p.addEventListener('pause',keep);p.addEventListener('ended',function(){save(key,'0');});
var offer=document.getElementById('resume');
if(saved>=5){document.getElementById('resume-text').textContent=offer.dataset.stopped.replace('%s',clock(saved));
document.getElementById('resume-play').textContent=offer.dataset.resumeFrom.replace('%s',clock(saved));offer.hidden=false;
document.getElementById('resume-play').addEventListener('click',function(){offer.hidden=true;playFrom(saved);});
document.getElementById('resume-dismiss').addEventListener('click',function(){offer.hidden=true;save(key,'0');playFrom(0);});}
document.getElementById('reading-aids').hidden=false;})();
)";

}  // namespace

std::string_view TranscriptStyle() { return kStyle; }

void WriteReadingAids(const ReadingAidsWords& words, std::string_view attributes,
                      std::ostream& out) {
  const auto shortcut = [&](std::string_view key, std::string_view action) {
    out << "<dt><kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>" << key << "</kbd></dt><dd>" << action
        << "</dd>\n";
  };
  out << "<div id=\"reading-aids\"" << attributes << " hidden>\n"
      << "<p id=\"resume\" data-stopped=\"" << words.stopped_at << "\" data-resume-from=\""
      << words.resume_from << "\" hidden><span id=\"resume-text\"></span> <button type=\"button\" "
      << "id=\"resume-play\">" << words.resume << "</button> <button type=\"button\" "
      << "id=\"resume-dismiss\">" << words.start_over << "</button></p>\n"
      << "<div role=\"group\" aria-label=\"" << words.move_group << "\">\n"
      << "<button type=\"button\" data-skip=\"section\" data-by=\"-1\" "
      << "aria-keyshortcuts=\"Alt+Shift+ArrowUp\">" << words.previous_section << "</button>\n"
      << "<button type=\"button\" data-skip=\"sentence\" data-by=\"-1\" "
      << "aria-keyshortcuts=\"Alt+Shift+ArrowLeft\">" << words.previous_sentence << "</button>\n"
      << "<button type=\"button\" data-skip=\"sentence\" data-by=\"1\" "
      << "aria-keyshortcuts=\"Alt+Shift+ArrowRight\">" << words.next_sentence << "</button>\n"
      << "<button type=\"button\" data-skip=\"section\" data-by=\"1\" "
      << "aria-keyshortcuts=\"Alt+Shift+ArrowDown\">" << words.next_section << "</button>\n"
      << "<button type=\"button\" id=\"to-current\">" << words.to_current << "</button>\n"
      << "</div>\n<p><label for=\"speed\">" << words.speed << "</label>\n"
      << kSpeedMenu << "<fieldset><legend>" << words.highlight << "</legend>\n"
      << "<label><input type=\"radio\" name=\"highlight\" value=\"sentence\" checked> "
      << words.sentence << "</label>\n"
      << "<label><input type=\"radio\" name=\"highlight\" value=\"word\"> " << words.word
      << "</label>\n"
      << "<label><input type=\"radio\" name=\"highlight\" value=\"none\"> " << words.none
      << "</label>\n</fieldset>\n"
      << "<details><summary>" << words.help_summary << "</summary>\n<p>" << words.help_text
      << "</p>\n<dl>\n";
  shortcut(words.left_arrow, words.previous_sentence);
  shortcut(words.right_arrow, words.next_sentence);
  shortcut(words.up_arrow, words.previous_section);
  shortcut(words.down_arrow, words.next_section);
  out << "</dl>\n<p>" << words.remembered << "</p>\n</details>\n</div>\n";
}

std::string_view TranscriptScript() { return kScript; }

}  // namespace spoken
