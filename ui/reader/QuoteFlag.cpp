#include "QuoteFlag.h"

#include "analysis/QuoteVerifier.h"
#include "analysis/SourcePages.h"
#include "model/Source.h"

namespace caseline {

QString QuoteFlag::html(const Source &source, const QString &quote)
{
    const QuoteVerifier::Result r = QuoteVerifier::verify(source.text, quote);
    const auto line = [](const char *colour, const QString &text) {
        return QStringLiteral("<div style='color:%1'>%2</div>").arg(QLatin1String(colour), text.toHtmlEscaped());
    };
    switch (r.status) {
    case QuoteVerifier::Status::Verified: {
        const auto page = SourcePages(source.text).pageAt(r.position);
        return line("#2a7d2a", page ? tr("✓ Found in the source's text, page %1.").arg(*page)
                                    : tr("✓ Found in the source's text."));
    }
    case QuoteVerifier::Status::Mismatch:
        return line("#b00020", tr("⚠ Does not match the source's text from “%1”.")
                                   .arg(quote.mid(r.matchedPrefix).simplified().left(60)));
    case QuoteVerifier::Status::NoSourceText:
        return line("#8a6d00", tr("⚠ Not checked: the source keeps no text."));
    case QuoteVerifier::Status::EmptyQuote:
        return {};
    }
    return {};
}

}  // namespace caseline
