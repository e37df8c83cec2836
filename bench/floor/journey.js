// The floor journey (bench/floor/journey.html): one question per page, swapped in place by plain
// DOM calls on "Verder", focus on the new heading; then a check page and a one-line result.
// window.WERKROUTE_FLOOR_QUESTIONS comes from bench/prepare.mjs (the CLI's questions, nl).
(() => {
  const questions = window.WERKROUTE_FLOOR_QUESTIONS;
  const main = document.getElementById('main');
  const el = (tag, props = {}, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  };
  function show(n) {
    const q = questions[n];
    const form = el('form', { className: 'app-question' });
    const legend = el('legend', { className: 'utrecht-form-fieldset__legend' }, el('h1', { className: 'utrecht-heading-1', tabIndex: -1 }, q.text));
    const fieldset = el('fieldset', { className: 'utrecht-form-fieldset' }, legend, el('p', { className: 'utrecht-paragraph' }, q.why ?? ''));
    q.options.forEach((o, i) => {
      const id = `o-${n}-${i}`;
      fieldset.append(el('div', { className: 'app-option' },
        el('input', { type: 'radio', name: q.id, id, value: o.id, className: 'utrecht-radio-button' }),
        el('label', { htmlFor: id, className: 'utrecht-form-label' }, o.label)));
    });
    form.append(fieldset, el('button', { type: 'submit', className: 'utrecht-button utrecht-button--primary-action app-button' }, 'Verder'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (n + 1 < questions.length) show(n + 1);
      else check();
    });
    main.replaceChildren(el('p', { className: 'app-progress' }, `Vraag ${n + 1} van ${questions.length}`), form);
    legend.firstChild.focus();
  }
  function check() {
    const button = el('button', { type: 'button', className: 'utrecht-button app-button' }, 'Toon mijn uitkomst');
    button.addEventListener('click', () => main.replaceChildren(el('h1', {}, 'Je uitkomst'), el('p', { className: 'app-route__name' }, 'Route')));
    main.replaceChildren(el('h1', { tabIndex: -1 }, 'Klopt dit?'), button);
    main.firstChild.focus();
  }
  main.querySelector('a').addEventListener('click', (e) => {
    e.preventDefault();
    show(0);
  });
})();
