// Validates Kubernetes manifests offline against the Kubernetes API's OpenAPI schema, as
// the npm package kubernetes-models carries it (one JSON schema per apiVersion and kind).
// Usage: node check-kubernetes.mjs FILE.yaml...
// Prints one JSON document: {"documents": [{"file", "kind", "name", "errors": [...]}]};
// exits 1 when a document is invalid or of a kind the package does not know.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const documents = [];
for (const file of process.argv.slice(2)) {
  for (const parsed of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const entry = { file, errors: parsed.errors.map((e) => e.message) };
    const doc = parsed.toJS();
    documents.push(entry);
    if (entry.errors.length || doc === null) continue;
    entry.kind = `${doc.apiVersion}/${doc.kind}`;
    entry.name = doc.metadata && doc.metadata.name;
    // "batch/v1" -> kubernetes-models/batch/v1/Job; the core group "v1" -> kubernetes-models/v1/...
    const modulePath = `kubernetes-models/${doc.apiVersion}/${doc.kind}`;
    let Model;
    try {
      Model = (await import(modulePath))[doc.kind];
    } catch (error) {
      entry.errors.push(`no schema for ${entry.kind}: ${error.message}`);
      continue;
    }
    try {
      new Model(doc).validate();
    } catch (error) {
      entry.errors.push(...(error.errors || [error]).map((e) => e.message + (e.instancePath ? ` at ${e.instancePath}` : '')));
    }
  }
}
console.log(JSON.stringify({ documents }, null, 1));
process.exit(documents.some((d) => d.errors.length) ? 1 : 0);
