// Issue 8: the timeline's and charts' colours pass WCAG 2 contrast where they are actually drawn
// together, and nothing is told apart by colour alone.
#include "ColourContrast.h"
#include "StancePalette.h"
#include "timeline/TimelinePalette.h"

#include <QSet>
#include <QTest>

using namespace caseline;

class TestContrast : public QObject {
    Q_OBJECT
private:
    using P = TimelinePalette;

    // Everything a glyph, a badge or the selection ring can sit on: plain and striped lanes, each
    // with and without either family's stance band (and its hatching) behind.
    static QList<QPair<QString, QColor>> laneSurfaces()
    {
        QList<QPair<QString, QColor>> surfaces;
        for (const auto &[name, base] : {std::pair{QStringLiteral("lane"), P::background()}, std::pair{QStringLiteral("stripe"), P::stripe()}}) {
            surfaces.append({name, base});
            for (StanceFamily family : {StanceFamily::LimitsCooperation, StanceFamily::Agreement287g}) {
                const QColor band = ColourContrast::over(P::bandColour(family), base);
                surfaces.append({QStringLiteral("%1 + %2 band").arg(name, stanceFamilyKey(family)), band});
                if (P::bandPattern(family) != Qt::NoBrush)
                    surfaces.append({QStringLiteral("%1 + %2 hatching").arg(name, stanceFamilyKey(family)),
                                     ColourContrast::over(P::bandPatternColour(family), band)});
            }
        }
        return surfaces;
    }

    static void requireContrast(const QColor &ink, const QColor &surface, double minimum, const QString &what)
    {
        const double ratio = ColourContrast::ratio(ink, surface);
        QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                                                  .arg(what, ink.name(), surface.name()).arg(ratio, 0, 'f', 2).arg(minimum)));
    }

private slots:
    void formulaMatchesWcag()
    {
        QCOMPARE(ColourContrast::ratio(Qt::black, Qt::white), 21.0);
        QCOMPARE(ColourContrast::ratio(Qt::white, Qt::white), 1.0);
        // #777777 on white is the classic near miss: 4.48:1.
        QVERIFY(qAbs(ColourContrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
        QCOMPARE(ColourContrast::over(QColor(0, 0, 0, 0), Qt::white), QColor(Qt::white));
    }

    void timelineTextIsReadable()
    {
        for (const QColor &surface : {P::background(), P::stripe(), P::labelBackground(), P::legendBackground()}) {
            requireContrast(P::text(), surface, ColourContrast::kText, QStringLiteral("axis, lane and legend text"));
            requireContrast(P::mutedText(), surface, ColourContrast::kText, QStringLiteral("counts and corner text"));
        }
    }

    void badgeCountsAreReadable()
    {
        for (int type = -1; type < kEventTypeCount; ++type) {
            const QColor fill = P::clusterColour(type);
            requireContrast(P::textOn(fill), fill, ColourContrast::kText, QStringLiteral("count in a badge of type %1").arg(type));
        }
    }

    void glyphsAndSelectionStandOutOnEveryLane()
    {
        for (const auto &[name, surface] : laneSurfaces()) {
            requireContrast(P::outline(), surface, ColourContrast::kGraphics, QStringLiteral("glyph outline on ") + name);
            requireContrast(P::selection(), surface, ColourContrast::kGraphics, QStringLiteral("selection ring on ") + name);
        }
    }

    void stanceColoursStandOutOnWhite()
    {
        // Chart bars, legend swatches and band edges.
        for (StanceFamily family : {StanceFamily::LimitsCooperation, StanceFamily::Agreement287g, StanceFamily::Neither})
            requireContrast(stanceFamilyColour(family), Qt::white, ColourContrast::kGraphics, stanceFamilyKey(family));
    }

    void chartValueLabelsAreReadable()
    {
        // Counts printed inside bars: each family's colour and the grey of "neither".
        for (const QColor &fill : {stanceFamilyColour(StanceFamily::LimitsCooperation), stanceFamilyColour(StanceFamily::Agreement287g),
                                   QColor(0xBB, 0xBB, 0xBB)})
            requireContrast(ColourContrast::textOn(fill), fill, ColourContrast::kText, QStringLiteral("count inside a bar"));
    }

    void nothingIsToldApartByColourAlone()
    {
        // Event types: no two share a shape and a colour, and within one colour the shapes differ.
        QSet<QPair<int, QRgb>> glyphs;
        for (int type = 0; type < kEventTypeCount; ++type) {
            const P::Glyph glyph = P::glyph(EventType(type));
            glyphs.insert({int(glyph.shape), glyph.colour.rgb()});
        }
        QCOMPARE(glyphs.size(), kEventTypeCount);
        // The two stance families differ by pattern as well as hue.
        QVERIFY(P::bandPattern(StanceFamily::LimitsCooperation) != P::bandPattern(StanceFamily::Agreement287g));
        // And they stay apart in greyscale: their bands differ in lightness.
        const double limits = ColourContrast::relativeLuminance(ColourContrast::over(P::bandColour(StanceFamily::LimitsCooperation), Qt::white));
        const double agreement = ColourContrast::relativeLuminance(ColourContrast::over(P::bandColour(StanceFamily::Agreement287g), Qt::white));
        QVERIFY(limits != agreement);
    }
};

QTEST_MAIN(TestContrast)
#include "TestContrast.moc"
