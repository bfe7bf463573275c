/*
 * ML Team Advisor, embedded in any page with one script tag and a placeholder:
 *
 *   <script src="https://your.host/tools/ml-team/embed.js" defer></script>
 *   <div data-ml-team-advisor data-track="leader" data-lang="en" data-theme="auto"
 *        data-accent="#1f5fbf" data-background="transparent"></div>
 *
 * Every data attribute is optional and checked here; a value that does not fit is left out
 * (the app checks again). The iframe loads index.html from the folder this script came from,
 * and grows and shrinks with its content: the app posts its height, and this script accepts
 * only a message from an iframe it created, from the app's origin, that is a well-formed height.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var app = new URL('index.html', script.src);
  var HEIGHT_MESSAGE = 'ml-team-advisor:height';
  var MAX_HEIGHT = 100000;
  // The tags of every language the app speaks, exactly as `Locale::ALL` in src/text/locale.rs
  // lists them; tests/options.rs fails if the two lists (or the README's table) differ.
  var LOCALES = ['en', 'zh-CN'];
  var OPTIONS = {
    track: /^(leader|practitioner)$/,
    lang: new RegExp('^(' + LOCALES.join('|') + ')$'),
    theme: /^(light|dark|auto)$/,
    accent: /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/,
    background: /^transparent$/,
  };
  var frames = [];

  function embed(placeholder) {
    if (frames.some(function (frame) { return placeholder.contains(frame); })) return;
    var params = new URLSearchParams({ embed: '1' });
    Object.keys(OPTIONS).forEach(function (name) {
      var value = (placeholder.getAttribute('data-' + name) || '').trim();
      if (OPTIONS[name].test(value)) params.set(name, value);
    });
    var frame = document.createElement('iframe');
    // Lazy: a host page with the widget below the fold fetches nothing of the app until the
    // visitor scrolls near it.
    frame.loading = 'lazy';
    frame.src = app.href + '?' + params.toString();
    frame.title = placeholder.getAttribute('data-title') || 'ML Team Advisor';
    // Set through the CSSOM, which a host page's strict style-src allows.
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.height = '32rem';
    frame.style.border = '0';
    placeholder.appendChild(frame);
    frames.push(frame);
  }

  window.addEventListener('message', function (event) {
    var frame = frames.find(function (f) { return f.contentWindow === event.source; });
    if (!frame || event.origin !== app.origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== HEIGHT_MESSAGE) return;
    var height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
    frame.style.height = Math.ceil(height) + 'px';
  });

  function embedAll() {
    document.querySelectorAll('[data-ml-team-advisor]').forEach(embed);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', embedAll);
  else embedAll();
})();
