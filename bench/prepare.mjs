// Prepares what ./scripts/bench.sh measures, under bench/out/:
//   out/ours/      a snapshot of dist/ (so a concurrent ./scripts/build.sh cannot change it mid-run)
//   out/floor/     bench/floor/index.html + a copy of dist/app.css (static, no script)
//   out/floor-journey/  bench/floor/journey.{html,js} + questions.js + app.css: the floor for
//                  click-to-next-question (plain script swapping the question in place)
//   out/surveyjs/  bench/surveyjs/{index.html,main.js} + SurveyJS files from bench/node_modules
//                  + questions.js, converted from the CLI's question JSON (out/questions.nl.json)
// Usage: node bench/prepare.mjs   (after `werkroute questions --lang nl > bench/out/questions.nl.json`)
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');
const OUT = join(BENCH, 'out');
const NM = join(BENCH, 'node_modules');
// As many questions as our journey answers with the first option (18 continue clicks to a question).
const FLOOR_JOURNEY_QUESTIONS = 19;

// The start screen's texts, the same as bench/floor/index.html (src/ui/pages/start.rs, nl).
const START = {
  html:
    '<h1>Werkroute: jouw stappen naar werk</h1>' +
    '<p>Je beantwoordt korte vragen. Over wat je wilt, wat je al kunt en wat er speelt in je leven. ' +
    'Daarna zie je welke route nu bij je past. En wat je volgende stap kan zijn.</p>' +
    '<ul><li>Het duurt ongeveer 10 minuten.</li><li>Je antwoorden blijven op dit apparaat.</li>' +
    '<li>Je kunt altijd stoppen.</li></ul>' +
    '<h2>Wat dit niet is</h2><p>Dit is geen besluit over je uitkering.</p>' +
    '<p>Alleen jij ziet de uitkomst. Je kiest zelf of je hem deelt.</p>' +
    '<ul><li><a href="#/regels">Hoe komen we tot de uitkomst?</a></li>' +
    '<li><a href="#/privacy">Wat gebeurt er met je antwoorden?</a></li></ul>',
  button: 'Begin met de vragen',
};

/** CLI question JSON -> SurveyJS model: a start page, then one radiogroup per page. */
export function toSurvey(questions) {
  return {
    locale: 'nl',
    firstPageIsStartPage: true,
    startSurveyText: START.button,
    showProgressBar: true,
    progressBarType: 'pages',
    showQuestionNumbers: 'off',
    pages: [
      { name: 'start', elements: [{ type: 'html', name: 'start', html: START.html }] },
      ...questions.map((q) => ({
        name: `p_${q.id}`,
        elements: [
          {
            type: 'radiogroup',
            name: q.id,
            title: q.text,
            description: q.why,
            isRequired: true,
            choices: q.options.map((o) => ({ value: o.id, text: o.label })),
          },
        ],
      })),
    ],
  };
}

async function main() {
  const questions = JSON.parse(await readFile(join(OUT, 'questions.nl.json'), 'utf8'));
  if (!Array.isArray(questions) || questions.length === 0) throw new Error('no questions in out/questions.nl.json');

  const ours = join(OUT, 'ours');
  await rm(ours, { recursive: true, force: true });
  await cp(join(ROOT, 'dist'), ours, { recursive: true, preserveTimestamps: true });

  const floor = join(OUT, 'floor');
  await rm(floor, { recursive: true, force: true });
  await mkdir(floor, { recursive: true });
  await copyFile(join(BENCH, 'floor/index.html'), join(floor, 'index.html'));
  await copyFile(join(ours, 'app.css'), join(floor, 'app.css'));

  // The floor journey, a site of its own: the questions that are always asked, in order.
  const fj = join(OUT, 'floor-journey');
  await rm(fj, { recursive: true, force: true });
  await mkdir(fj, { recursive: true });
  await copyFile(join(BENCH, 'floor/journey.html'), join(fj, 'index.html'));
  await copyFile(join(BENCH, 'floor/journey.js'), join(fj, 'journey.js'));
  await copyFile(join(ours, 'app.css'), join(fj, 'app.css'));
  const always = questions.filter((q) => !q.ask_if && !q.module && q.options.length > 0);
  await writeFile(join(fj, 'questions.js'), `window.WERKROUTE_FLOOR_QUESTIONS=${JSON.stringify(always.slice(0, FLOOR_JOURNEY_QUESTIONS))};\n`);

  const sj = join(OUT, 'surveyjs');
  await rm(sj, { recursive: true, force: true });
  await mkdir(sj, { recursive: true });
  for (const f of ['index.html', 'main.js']) await copyFile(join(BENCH, 'surveyjs', f), join(sj, f));
  for (const f of ['survey.core.min.js', 'survey-core.fontless.min.css']) await copyFile(join(NM, 'survey-core', f), join(sj, f));
  await copyFile(join(NM, 'survey-core/i18n/dutch.min.js'), join(sj, 'dutch.min.js'));
  await copyFile(join(NM, 'survey-js-ui/survey-js-ui.min.js'), join(sj, 'survey-js-ui.min.js'));
  await writeFile(join(sj, 'questions.js'), `window.WERKROUTE_SURVEY=${JSON.stringify(toSurvey(questions))};\n`);
  console.error(`bench: snapshot of dist/, floor and SurveyJS (${questions.length} questions) in ${OUT}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
