// One libFuzzer entry point for every target; CMake names the target through CASELINE_FUZZ_TARGET
// ("partial_date", "case_file", "reader_csv", ...), the same names test_fuzz_regressions replays.
#include "FuzzHarness.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString target = QStringLiteral(CASELINE_FUZZ_TARGET);
    if (!caseline::fuzz::runTarget(target, QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size))))
        std::abort();
    return 0;
}
