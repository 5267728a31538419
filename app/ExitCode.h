#pragma once

namespace caseline {

// Exit statuses of the command line, as DESIGN.md fixes them.
enum ExitCode : int { ExitOk = 0, ExitUsage = 1, ExitBadInput = 2, ExitUnusableCaseFile = 3 };

}  // namespace caseline
