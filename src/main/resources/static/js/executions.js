// Runs page: lists the runs and refreshes them every two seconds without reloading the page.
const csrf = { header: document.querySelector('meta[name="_csrf_header"]').content,
               token: document.querySelector('meta[name="_csrf"]').content };
const statusLabels = { COMPLETED: 'terminée', FAILED: 'en échec', STARTED: 'en cours', STARTING: 'démarrage',
                       STOPPING: 'arrêt demandé', STOPPED: 'arrêtée', ABANDONED: 'abandonnée', UNKNOWN: 'inconnue' };

function text(value) { return value === null || value === undefined ? '' : String(value); }

function cell(row, content) {
  const td = document.createElement('td');
  if (content instanceof Node) { td.appendChild(content); } else { td.textContent = text(content); }
  row.appendChild(td);
  return td;
}

function action(label, url) {
  const button = document.createElement('button');
  button.textContent = label;
  button.className = 'secondary';
  button.onclick = () => post(url);
  return button;
}

const number = new Intl.NumberFormat('fr-FR');

// Each step with its counts; a running step shows a progress bar, what it has done, its rate and the time left.
function steps(list) {
  const container = document.createElement('div');
  container.className = 'steps';
  for (const step of list) {
    const line = document.createElement('div');
    line.className = 'step ' + step.status;
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = step.label;
    line.appendChild(name);
    const detail = document.createElement('span');
    detail.className = 'detail';
    const p = step.progress;
    if (p && p.total > 0) {
      const bar = document.createElement('progress');
      bar.max = p.total;
      bar.value = Math.min(p.done, p.total);
      bar.textContent = p.percent + ' %';
      line.appendChild(bar);
      let text = number.format(p.done) + ' / ' + number.format(p.total) + ' ' + p.unit + ' (' + p.percent + ' %)';
      if (p.rate > 0) { text += ', ' + number.format(p.rate) + ' ' + p.rateUnit + '/s'; }
      if (p.secondsLeft !== null) { text += ', reste ≈ ' + number.format(p.secondsLeft) + ' s'; }
      detail.textContent = text;
    } else if (step.status === 'STARTED') {
      detail.textContent = 'en cours…';
    } else if (step.read > 0) {
      detail.textContent = number.format(step.read) + ' lues, ' + number.format(step.written) + ' écrites';
    } else if (step.written > 0) {
      detail.textContent = number.format(step.written) + ' traitées';
    }
    line.appendChild(detail);
    container.appendChild(line);
  }
  return container;
}

// The files of a run: listed when few, else counted with the list folded.
function files(list) {
  const names = list.map(f => f.name + (f.quarantined ? ' (' + f.quarantined + ' en quarantaine)' : ''));
  if (names.length <= 3) { return names.join(', '); }
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  const quarantined = list.reduce((sum, f) => sum + (f.quarantined || 0), 0);
  summary.textContent = number.format(names.length) + ' fichiers' + (quarantined ? ', ' + number.format(quarantined) + ' lignes en quarantaine' : '');
  details.appendChild(summary);
  const ul = document.createElement('ul');
  for (const name of names) { const li = document.createElement('li'); li.textContent = name; ul.appendChild(li); }
  details.appendChild(ul);
  return details;
}

async function post(url, body) {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', [csrf.header]: csrf.token },
                                      body: body ? JSON.stringify(body) : null });
  const feedback = document.getElementById('feedback');
  feedback.hidden = false;
  if (response.ok) {
    const json = await response.json();
    feedback.className = 'message';
    feedback.textContent = json.executionId ? 'Exécution n° ' + json.executionId + ' lancée.' : 'Demande transmise.';
  } else {
    const problem = await response.json().catch(() => ({}));
    feedback.className = 'error';
    feedback.textContent = problem.detail || ('Erreur ' + response.status);
  }
  refresh();
}

const jobLabels = { import: 'Import des fichiers', report: 'Rapport annuel' };
const parameterLabels = { inbox: 'dossier', year: 'année', file: 'fichier', network: 'réseau' };

/** "2026-11-30T22:10:45.123" as French people write it: "30/11/2026 22:10:45". */
function frenchDate(iso) {
  if (!iso) { return ''; }
  const [date, time] = iso.split('T');
  const [year, month, day] = date.split('-');
  return day + '/' + month + '/' + year + ' ' + (time || '').substring(0, 8);
}

async function refresh() {
  const response = await fetch('/api/runs');
  if (!response.ok) { return; }
  const runs = await response.json();
  const body = document.querySelector('#runs tbody');
  body.replaceChildren();
  for (const run of runs) {
    const row = document.createElement('tr');
    row.id = 'run-' + run.id;
    cell(row, run.id);
    cell(row, jobLabels[run.job] || run.job);
    cell(row, Object.entries(run.parameters).filter(([k]) => k !== 'requestedAt').map(([k, v]) => (parameterLabels[k] || k) + ' : ' + v).join(', '));
    const status = cell(row, statusLabels[run.status] || run.status);
    status.className = run.status;
    if (run.exitMessage && run.status === 'FAILED') { status.title = run.exitMessage; status.textContent += ' : ' + run.exitMessage; }
    cell(row, frenchDate(run.start));
    cell(row, run.durationSeconds + ' s');
    cell(row, steps(run.steps));
    cell(row, files(run.files));
    const actions = cell(row, '');
    if (run.status === 'FAILED' || run.status === 'STOPPED') { actions.appendChild(action('Reprendre', '/api/runs/' + run.id + '/restart')); }
    if (run.status === 'STARTED' || run.status === 'STARTING') { actions.appendChild(action('Arrêter', '/api/runs/' + run.id + '/stop')); }
    body.appendChild(row);
  }
}

document.getElementById('start-import').onclick = () => post('/api/runs/import', {});
const startNetwork = document.getElementById('start-network');
if (startNetwork) { startNetwork.onclick = () => post('/api/runs/import', { network: document.getElementById('network').value }); }
document.getElementById('start-report').onclick = () => post('/api/runs/report', { year: Number(document.getElementById('year').value) });
refresh();
setInterval(refresh, 2000);
