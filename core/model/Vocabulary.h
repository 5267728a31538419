#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <span>

namespace caseline {

// A closed list of values with their stable storage key and an English label. Stored keys never
// change once released: case files and exports depend on them.
template <typename E>
struct VocabularyEntry {
    E value;
    const char *key;
    const char *label;
};

template <typename E>
std::optional<E> vocabularyFromKey(std::span<const VocabularyEntry<E>> table, QStringView key)
{
    const QString normalised = key.trimmed().toString().toLower().replace(QLatin1Char('_'), QLatin1Char('-'))
                                   .replace(QLatin1Char(' '), QLatin1Char('-'));
    for (const auto &entry : table)
        if (normalised == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

template <typename E>
const VocabularyEntry<E> &vocabularyEntry(std::span<const VocabularyEntry<E>> table, E value)
{
    for (const auto &entry : table)
        if (entry.value == value)
            return entry;
    return table.back();
}

template <typename E>
QStringList vocabularyKeys(std::span<const VocabularyEntry<E>> table)
{
    QStringList keys;
    for (const auto &entry : table)
        keys << QLatin1String(entry.key);
    return keys;
}

}  // namespace caseline
