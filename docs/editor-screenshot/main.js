import * as monaco from 'monaco-editor'
import { configureMonacoYaml } from 'monaco-yaml'
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker'
import YamlWorker from 'monaco-yaml/yaml.worker?worker'
import schema from './plan.schema.json'  // copied from ../../schema/ before building

window.MonacoEnvironment = {
  getWorker(_id, label) { return label === 'yaml' ? new YamlWorker() : new EditorWorker() }
}
configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  schemas: [{ fileMatch: ['*'], schema, uri: 'file:///schema/plan.schema.json' }]
})
const text = await (await fetch('/snippet.yaml')).text()
const model = monaco.editor.createModel(text, 'yaml', monaco.Uri.parse('file:///plans/tri-ton/2024.yaml'))
const editor = monaco.editor.create(document.getElementById('editor'), {
  model, theme: 'vs-dark', fontSize: 15, fontFamily: 'Liberation Mono', minimap: { enabled: false }, automaticLayout: false,
  scrollBeyondLastLine: false, wordWrap: 'off', quickSuggestions: true
})
const lines = text.split('\n')
const row = lines.findIndex(l => l.trim() === 'dead') + 1
editor.setPosition({ lineNumber: row, column: lines[row - 1].length + 1 })
editor.focus()
setTimeout(() => editor.trigger('shot', 'editor.action.triggerSuggest', {}), 2500)
setTimeout(() => editor.trigger('shot', 'toggleSuggestionDetails', {}), 4000)
setTimeout(() => { const m = monaco.editor.getModelMarkers({}); console.log('MARKERS ' + JSON.stringify(m.map(x => x.message))) }, 5000)
