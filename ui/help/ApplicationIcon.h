#pragma once

#include <QIcon>

namespace caseline {

// The application icon: the installed theme icon (org.caseline.Caseline) when there is one,
// else the same SVG, embedded and rendered at the usual sizes (a build run from its folder).
QIcon applicationIcon();

}  // namespace caseline
