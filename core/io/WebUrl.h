#pragma once

#include <QString>

namespace caseline {

// Whether a source's address may become a link in an export: only http and https, never
// javascript:, data:, file: and the like.
inline bool isWebUrl(const QString &url)
{
    return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
           || url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

}  // namespace caseline
