// The recovery screen. When the app panics, or a part of it cannot be loaded, the page says so in
// the visitor's language instead of going dead: what happened, a Reload button, that the answers
// are safe in this browser, and those answers as text to copy. Its few sentences live here and
// not in the app's catalogs (src/text/), because it must work when the app's own code or text
// could not be loaded; they follow the catalogs' wording (en.rs, zh.rs).
//
//   import { recover } from './recover.js';
//   recover('panic' | 'load');
//
// boot.js imports this module only when something has failed (a part that would not load even
// on a second try, or a panic, which the wasm side reports through boot.js's
// `window.mlTeamAdvisorRecover`), so it costs a first visit nothing; the service worker keeps it
// like every file of the build, so it is there offline too. The screen is built with the DOM, no inline style,
// so the strict Content-Security-Policy allows it; its look is in style/main.css (`.recover`).

const TEXT = {
  en: {
    title: 'Something went wrong',
    panic: 'The app ran into an error it cannot recover from.',
    load: 'Part of the app could not be loaded. Check your connection, then reload the page.',
    safe: 'Your answers are safe: they are kept in this browser, and reloading the page brings them back.',
    reload: 'Reload the page',
    copy: 'Copy my answers',
    copied: 'Your answers were copied to the clipboard.',
    manual: 'Copying was refused: select the text below and copy it yourself.',
    answers: 'What this browser keeps for this app, as text',
    nothing: 'This browser keeps no answers for this app yet.',
  },
  'zh-CN': {
    title: '出了点问题',
    panic: '应用遇到了一个无法自行恢复的错误。',
    load: '应用的一部分未能加载。请检查网络连接，然后重新加载页面。',
    safe: '你的回答是安全的：它们保存在本浏览器中，重新加载页面后就会回来。',
    reload: '重新加载页面',
    copy: '复制我的回答',
    copied: '你的回答已复制到剪贴板。',
    manual: '复制被拒绝：请选中下面的文字，自己复制。',
    answers: '本浏览器为这个应用保存的内容（文本形式）',
    nothing: '本浏览器还没有为这个应用保存任何回答。',
  },
};

// Every key the app stores under (src/web/storage.rs).
const STORAGE_PREFIX = 'ml-team-advisor.';

let shown = false;

/** The language of the page (boot.js and the app set `<html lang>`): Chinese or English. */
function language() {
  return document.documentElement.lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Everything the app keeps in this browser, as text: one JSON object of key and stored value. */
function keptAnswers() {
  const kept = {};
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) kept[key] = localStorage.getItem(key);
    }
  } catch {
    // Storage refused: nothing could have been kept either.
  }
  return Object.keys(kept).length ? JSON.stringify(kept, null, 2) : '';
}

function element(tag, properties = {}, children = []) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/**
 * Replaces the page's content with the recovery screen; `reason` is 'panic' or 'load'. Only the
 * first call shows it: a panic often brings further errors.
 */
export function recover(reason) {
  if (shown) return;
  shown = true;
  const text = TEXT[language()];
  const kept = keptAnswers();
  const status = element('p', { className: 'recover-status', role: 'status' });
  status.setAttribute('aria-live', 'polite');
  const reload = element('button', { type: 'button', className: 'primary', textContent: text.reload });
  reload.dataset.testid = 'recover-reload';
  reload.addEventListener('click', () => location.reload());
  const actions = element('div', { className: 'actions' }, [reload]);
  const parts = [
    element('h1', { textContent: text.title, tabIndex: -1 }),
    element('p', { textContent: reason === 'load' ? text.load : text.panic }),
    element('p', { textContent: kept ? text.safe : text.nothing }),
    actions,
  ];
  if (kept) {
    const area = element('textarea', { id: 'recover-answers', readOnly: true, rows: 8, value: kept, spellcheck: false });
    area.dataset.testid = 'recover-answers';
    const copy = element('button', { type: 'button', textContent: text.copy });
    copy.dataset.testid = 'recover-copy';
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(kept);
        status.textContent = text.copied;
      } catch {
        area.select();
        status.textContent = text.manual;
      }
    });
    actions.append(copy);
    parts.push(status, element('label', { htmlFor: 'recover-answers', textContent: text.answers }), area);
  }
  const screen = element('main', { id: 'main', className: 'recover' }, [element('section', {}, parts)]);
  screen.dataset.testid = 'recover';
  screen.dataset.reason = reason;
  document.documentElement.lang = language();
  (document.getElementById('app') || document.body).replaceChildren(screen);
  parts[0].focus();
}
