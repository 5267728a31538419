#pragma once

#include "model/Jurisdiction.h"

#include <QHash>
#include <QList>
#include <QString>

namespace caseline {

// Finds the existing lanes a text names: each jurisdiction's name as whole words, ignoring case
// and typographic quotes ("Suwannee County Sheriff’s Office" matches "Sheriff's"). One pass over
// the words of the text, so a long document against thousands of lanes stays fast.
class JurisdictionSuggester {
public:
    struct Mention {
        qint64 jurisdictionId = 0;
        QString name;
        int count = 0;
        qsizetype firstPosition = -1;  // in the normalised text
    };

    explicit JurisdictionSuggester(const QList<Jurisdiction> &lanes);

    // Every lane named in the text, most mentioned first (longer names first on a tie, then the
    // earliest). A longer name wins where names overlap ("Lawrence County" over "Lawrence").
    QList<Mention> mentions(const QString &text) const;

private:
    struct Lane {
        qint64 id;
        QString name;    // as written
        QString folded;  // normalised, lower case
    };
    QHash<QString, QList<Lane>> m_byFirstWord;
};

}  // namespace caseline
