#include "document/block_labels.h"

#include "core/language_table.h"

namespace spoken {
namespace {

constexpr LanguageEntry<BlockLabels> kLabels[] = {
    {"en",
     {"Image: ", "Table: ", "rows", "columns", "Code example", "line", "lines", "Notes",
      "a formula", "Footnote: "}},
    {"de",
     {"Bild: ", "Tabelle: ", "Zeilen", "Spalten", "Codebeispiel", "Zeile", "Zeilen", "Anmerkungen",
      "eine Formel", "Fußnote: "}},
    {"es",
     {"Imagen: ", "Tabla: ", "filas", "columnas", "Ejemplo de código", "línea", "líneas", "Notas",
      "una fórmula", "Nota: "}},
    {"fr",
     {"Image : ", "Tableau : ", "lignes", "colonnes", "Exemple de code", "ligne", "lignes", "Notes",
      "une formule", "Note : "}},
    {"it",
     {"Immagine: ", "Tabella: ", "righe", "colonne", "Esempio di codice", "riga", "righe", "Note",
      "una formula", "Nota: "}},
    {"pt",
     {"Imagem: ", "Tabela: ", "linhas", "colunas", "Exemplo de código", "linha", "linhas", "Notas",
      "uma fórmula", "Nota: "}},
};

}  // namespace

const BlockLabels* BlockLabelsFor(std::string_view language) {
  return WordsForLanguage(kLabels, language);
}

std::string TableSummary(const BlockLabels& labels, size_t rows, size_t columns) {
  return std::string(labels.table) + std::to_string(rows) + " " + std::string(labels.rows) + ", " +
         std::to_string(columns) + " " + std::string(labels.columns);
}

std::string CodeAnnouncement(const BlockLabels& labels, int lines) {
  return std::string(labels.code) + ", " + std::to_string(lines) + " " +
         std::string(lines == 1 ? labels.line : labels.lines);
}

}  // namespace spoken
