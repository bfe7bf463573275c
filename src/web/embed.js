/*
 * ML Team Advisor, embedded in any page with one script tag and a placeholder:
 *
 *   <script src="https://your.host/tools/ml-team/embed.js" defer></script>
 *   <div data-ml-team-advisor data-track="leader" data-lang="en" data-theme="auto"
 *        data-accent="#1f5fbf" data-background="transparent"></div>
 *
 * Every data attribute is optional and checked here; a value that does not fit is left out
 * (the app checks again). The iframe loads index.html from the folder this script came from,
 * lazily, and grows and shrinks with its content: the app posts its height, and this script
 * accepts only a message from an iframe it created, from the app's origin, of a known shape.
 *
 * data-mode="button" puts a button in the placeholder instead; it opens the app in a modal
 * dialog (the iframe is created on first open), which its close button, Esc, or Esc pressed
 * inside the app (the app posts a close request in this mode only) closes, giving the focus
 * back to the button. data-events="finished" lets the app post
 * {type: "ml-team-advisor:finished", track} once per finished quiz; the placeholder then also
 * fires a bubbling "ml-team-advisor:finished" event with {track} as its detail.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var app = new URL('index.html', script.src);
  var PREFIX = 'ml-team-advisor:';
  var MAX_HEIGHT = 100000;
  // The tags of every language the app speaks, exactly as `Locale::ALL` in src/text/locale.rs
  // lists them; tests/options.rs fails if the two lists (or the README's table) differ.
  var LOCALES = ['en', 'zh-CN'];
  // The host-side words of the button mode, per language (tests/options.rs checks each tag).
  var WORDS = {
    'en': { name: 'ML Team Advisor', open: 'Open the ML Team Advisor', close: 'Close' },
    'zh-CN': { name: '机器学习团队顾问', open: '打开机器学习团队顾问', close: '关闭' },
  };
  var TRACKS = /^(leader|practitioner)$/;
  var OPTIONS = {
    track: TRACKS,
    lang: new RegExp('^(' + LOCALES.join('|') + ')$'),
    theme: /^(light|dark|auto)$/,
    accent: /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/,
    background: /^transparent$/,
    mode: /^button$/,
    events: /^finished$/,
  };
  // Every iframe this script created: { frame, placeholder, dialog (button mode only) }.
  var embeds = [];

  function option(placeholder, name) {
    var value = (placeholder.getAttribute('data-' + name) || '').trim();
    return OPTIONS[name].test(value) ? value : null;
  }

  function createFrame(placeholder, words) {
    var params = new URLSearchParams({ embed: '1' });
    Object.keys(OPTIONS).forEach(function (name) {
      var value = option(placeholder, name);
      if (value) params.set(name, value);
    });
    var frame = document.createElement('iframe');
    // Lazy: a host page with the widget below the fold fetches nothing of the app until the
    // visitor scrolls near it.
    frame.loading = 'lazy';
    frame.src = app.href + '?' + params.toString();
    frame.title = placeholder.getAttribute('data-title') || words.name;
    // Set through the CSSOM, which a host page's strict style-src allows.
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.height = '32rem';
    frame.style.border = '0';
    return frame;
  }

  function inline(placeholder, words) {
    var frame = createFrame(placeholder, words);
    placeholder.appendChild(frame);
    embeds.push({ frame: frame, placeholder: placeholder, dialog: null });
  }

  // A native modal <dialog>: the browser keeps the focus inside it and makes the page behind
  // inert; Esc on the host's side fires its cancel event.
  function button(placeholder, words) {
    var opener = document.createElement('button');
    opener.type = 'button';
    opener.textContent = placeholder.getAttribute('data-label') || words.open;
    var dialog = document.createElement('dialog');
    dialog.setAttribute('aria-label', placeholder.getAttribute('data-title') || words.name);
    dialog.style.width = 'min(56rem, 94vw)';
    dialog.style.maxHeight = '92vh';
    dialog.style.padding = '0';
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = words.close;
    close.style.display = 'block';
    close.style.margin = '0.5rem 0.5rem 0 auto';
    dialog.appendChild(close);
    var entry = null;
    function shut() {
      if (dialog.open) dialog.close();
    }
    dialog.addEventListener('close', function () { opener.focus(); });
    close.addEventListener('click', shut);
    opener.addEventListener('click', function () {
      if (!entry) {
        entry = { frame: createFrame(placeholder, words), placeholder: placeholder, dialog: dialog };
        entry.frame.loading = 'eager';
        dialog.appendChild(entry.frame);
        embeds.push(entry);
      }
      dialog.showModal();
      close.focus();
    });
    placeholder.appendChild(opener);
    placeholder.appendChild(dialog);
  }

  function embed(placeholder) {
    if (placeholder.hasAttribute('data-ml-team-advisor-ready')) return;
    placeholder.setAttribute('data-ml-team-advisor-ready', '');
    var words = WORDS[option(placeholder, 'lang') || 'en'];
    if (option(placeholder, 'mode') === 'button') button(placeholder, words);
    else inline(placeholder, words);
  }

  window.addEventListener('message', function (event) {
    var entry = embeds.find(function (e) { return e.frame.contentWindow === event.source; });
    if (!entry || event.origin !== app.origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
    if (data.type === PREFIX + 'height') {
      var height = data.height;
      if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
      entry.frame.style.height = Math.ceil(height) + 'px';
    } else if (data.type === PREFIX + 'close') {
      if (entry.dialog && entry.dialog.open) entry.dialog.close();
    } else if (data.type === PREFIX + 'finished') {
      if (option(entry.placeholder, 'events') !== 'finished' || !TRACKS.test(data.track)) return;
      entry.placeholder.dispatchEvent(
        new CustomEvent(PREFIX + 'finished', { bubbles: true, detail: { track: data.track } })
      );
    }
  });

  function embedAll() {
    document.querySelectorAll('[data-ml-team-advisor]').forEach(embed);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', embedAll);
  else embedAll();
})();
