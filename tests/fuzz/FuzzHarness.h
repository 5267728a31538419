#pragma once

#include <QByteArray>
#include <QString>

// What each libFuzzer target does with one input, shared with test_fuzz_regressions so every
// input the fuzzers once crashed on is replayed in the ordinary (and sanitizer) test run.
// Each function returns normally for any input; a crash, a sanitizer report or an exception
// other than the documented error types is a finding.
namespace caseline::fuzz {

// PartialDate::parse on the bytes as UTF-8; a valid date must survive a round trip.
void parseDate(const QByteArray &data);
// One importer (its --format key) on the bytes, then format detection; what it reads is
// written into an in-memory case file.
void readWith(const QString &formatKey, const QByteArray &data);
// The bytes as a case file on disk: open it, check it and read every entity.
void openCaseFile(const QByteArray &data);

// Runs the harness named like a fuzz target ("partial_date", "reader_csv", "case_file", ...);
// false when there is no such target.
bool runTarget(const QString &target, const QByteArray &data);

}  // namespace caseline::fuzz
