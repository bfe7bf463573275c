// The markup inside the app's root element (`#app`), as the static start screen copies it: with
// comments dropped, attributes in
// name order and whitespace between tags folded (the release build's HTML minifier does all
// three to the static copy). Test hooks (`data-testid`) are left out, so that tests never find
// the static copy's inert buttons in place of the app's.
export async function appMarkup(page) {
  return page.evaluate(() => {
    const parts = [...document.getElementById('app').children]
      .map((el) => {
        const copy = el.cloneNode(true);
        const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
        const comments = [];
        while (walker.nextNode()) comments.push(walker.currentNode);
        comments.forEach((c) => c.remove());
        for (const node of [copy, ...copy.querySelectorAll('*')]) {
          const attrs = [...node.attributes].map((a) => [a.name, a.value]).sort(([a], [b]) => (a < b ? -1 : 1));
          attrs.forEach(([name]) => node.removeAttribute(name));
          attrs.filter(([name]) => name !== 'data-testid').forEach(([name, value]) => node.setAttribute(name, value));
        }
        return copy.outerHTML;
      });
    return parts.join('').replace(/>\s+</g, '><');
  });
}
