// Issue 8: with Spanish chosen, the real main window shows no English. One window is built in
// English and one in Spanish; every menu item (submenus, the toolbar, context menus), label,
// button, group box, dock and tab of the first is compared with its counterpart in the second.
// The Linguist file itself is checked too: nothing unfinished, placeholders and accelerators kept.
#include "ApplicationSetup.h"
#include "DisplayDate.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QXmlStreamReader>

using namespace caseline;

namespace {

struct Shown {
    QString where;  // a path that is the same in both windows
    QString text;
};

// Names that are the same in every language.
bool isProperNoun(const QString &text)
{
    static const QStringList same{QStringLiteral("Caseline"), QStringLiteral("287(g)"), QStringLiteral("English"),
                                  QStringLiteral("Español"), QStringLiteral("Español (Spanish)"), QStringLiteral("PDF"),
                                  QStringLiteral("A4")};
    return same.contains(text);
}

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.remove(QStringLiteral("…")).trimmed();
}

void collectActions(const QList<QAction *> &actions, const QString &where, QList<Shown> &out)
{
    int i = 0;
    for (QAction *action : actions) {
        ++i;
        if (action->isSeparator())
            continue;
        const QString path = QStringLiteral("%1/%2").arg(where).arg(i);
        out.append({path, action->text()});
        if (!action->toolTip().isEmpty())
            out.append({path + QStringLiteral(" (tooltip)"), action->toolTip()});
        // The recent-files menu lists file names, not interface text.
        if (QMenu *menu = action->menu(); menu && menu->objectName() != QLatin1String("recentMenu"))
            collectActions(menu->actions(), path, out);
    }
}

QList<Shown> menusOf(MainWindow &window)
{
    QList<Shown> shown;
    collectActions(window.menuBar()->actions(), QStringLiteral("menu"), shown);
    for (QToolBar *bar : window.findChildren<QToolBar *>()) {
        shown.append({bar->objectName(), bar->windowTitle()});
        collectActions(bar->actions(), bar->objectName(), shown);
    }
    // Context menus: the event table's and its header's (the column switches).
    collectActions(window.eventTable()->actions(), QStringLiteral("tableContextMenu"), shown);
    collectActions(window.eventTable()->horizontalHeader()->actions(), QStringLiteral("headerContextMenu"), shown);
    return shown;
}

QList<Shown> widgetTextsOf(MainWindow &window)
{
    QList<Shown> shown;
    int i = 0;
    const auto add = [&](const QString &kind, const QString &text) {
        if (!text.isEmpty())
            shown.append({QStringLiteral("%1 #%2").arg(kind).arg(i), text});
    };
    for (QLabel *label : window.findChildren<QLabel *>()) {
        ++i;
        if (label->objectName() != QLatin1String("pathLabel"))  // the case file's path
            add(QStringLiteral("label ") + label->objectName(), label->text());
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        ++i;
        add(QStringLiteral("button ") + button->objectName(), button->text());
        add(QStringLiteral("button tooltip ") + button->objectName(), button->toolTip());
    }
    for (QGroupBox *box : window.findChildren<QGroupBox *>()) {
        ++i;
        add(QStringLiteral("group box"), box->title());
    }
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        ++i;
        add(QStringLiteral("dock ") + dock->objectName(), dock->windowTitle());
    }
    for (QLineEdit *edit : window.findChildren<QLineEdit *>()) {
        ++i;
        add(QStringLiteral("placeholder ") + edit->objectName(), edit->placeholderText());
    }
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        ++i;
        add(QStringLiteral("tooltip ") + widget->objectName(), widget->toolTip());
        add(QStringLiteral("accessible name ") + widget->objectName(), widget->accessibleName());
    }
    for (int tab = 0; tab < window.centreTabs()->count(); ++tab)
        add(QStringLiteral("tab %1").arg(tab), window.centreTabs()->tabText(tab));
    return shown;
}

// Numbers, punctuation and names only: nothing to translate.
bool needsTranslation(const QString &text)
{
    const QString bare = plain(text);
    if (isProperNoun(bare))
        return false;
    return bare.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")));
}

}  // namespace

class TestSpanishMenus : public QObject {
    Q_OBJECT
private:
    QList<Shown> m_englishMenus, m_englishWidgets;

    static void buildWindow(const QString &language, QList<Shown> &menus, QList<Shown> &widgets)
    {
        setLanguageSetting(language);
        installTranslations(*QCoreApplication::instance());
        MainWindow window;
        window.show();
        QVERIFY(window.openSample());
        menus = menusOf(window);
        widgets = widgetTextsOf(window);
    }

private slots:
    void initTestCase()
    {
        setUpApplication(*QCoreApplication::instance());
        QFile::remove(MainWindow::sampleCasePath());
        buildWindow(QStringLiteral("en"), m_englishMenus, m_englishWidgets);
        QVERIFY(m_englishMenus.size() > 40);
        QVERIFY(m_englishWidgets.size() > 40);
    }

    void cleanupTestCase() { setLanguageSetting(QString()); }

    void menusAndToolbarAreInSpanish()
    {
        QList<Shown> menus, widgets;
        buildWindow(QStringLiteral("es"), menus, widgets);
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QCOMPARE(menus.size(), m_englishMenus.size());
        QStringList untranslated;
        for (qsizetype i = 0; i < menus.size(); ++i) {
            QCOMPARE(menus[i].where, m_englishMenus[i].where);
            if (needsTranslation(m_englishMenus[i].text) && plain(menus[i].text) == plain(m_englishMenus[i].text))
                untranslated << QStringLiteral("%1: %2").arg(menus[i].where, menus[i].text);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
        // Spot checks of the vocabulary the issue names.
        const auto has = [&](const QString &text) {
            return std::any_of(menus.cbegin(), menus.cend(), [&](const Shown &s) { return plain(s.text) == text; });
        };
        QVERIFY(has(QStringLiteral("Archivo")));
        QVERIFY(has(QStringLiteral("Deshacer")));
    }

    // Alt+letter keeps working in Spanish: no two items of one menu, and no two window-level
    // menus, tabs or labelled fields share a mnemonic.
    void spanishMnemonicsDoNotCollide()
    {
        setLanguageSetting(QStringLiteral("es"));
        installTranslations(*QCoreApplication::instance());
        MainWindow window;
        window.show();
        QVERIFY(window.openSample());
        QStringList clashes;
        const auto mnemonic = [](const QString &text) {
            const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&(?!&)")));
            return at < 0 || at + 1 >= text.size() ? QChar() : text[at + 1].toLower();
        };
        const auto checkUnique = [&](const QStringList &texts, const QString &where) {
            QHash<QChar, QString> owners;
            for (const QString &text : texts) {
                const QChar key = mnemonic(text);
                if (key.isNull())
                    continue;
                if (owners.contains(key))
                    clashes << QStringLiteral("%1: Alt+%2 in “%3” and “%4”").arg(where, key, owners.value(key), text);
                owners.insert(key, text);
            }
        };
        QStringList windowLevel;
        for (QAction *menu : window.menuBar()->actions())
            windowLevel << menu->text();
        for (int i = 0; i < window.centreTabs()->count(); ++i)
            windowLevel << window.centreTabs()->tabText(i);
        for (QLabel *label : window.findChildren<QLabel *>())
            if (label->buddy() && label->isVisibleTo(&window))
                windowLevel << label->text();
        checkUnique(windowLevel, QStringLiteral("window"));
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            QStringList items;
            for (QAction *action : menu->actions())
                if (!action->isSeparator())
                    items << action->text();
            checkUnique(items, menu->title());
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void labelsAndButtonsAreInSpanish()
    {
        QList<Shown> menus, widgets;
        buildWindow(QStringLiteral("es"), menus, widgets);
        QCOMPARE(widgets.size(), m_englishWidgets.size());
        QStringList untranslated;
        for (qsizetype i = 0; i < widgets.size(); ++i) {
            QCOMPARE(widgets[i].where, m_englishWidgets[i].where);
            if (needsTranslation(m_englishWidgets[i].text) && plain(widgets[i].text) == plain(m_englishWidgets[i].text))
                untranslated << QStringLiteral("%1: %2").arg(widgets[i].where, widgets[i].text);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }

    void datesFollowTheLocale()
    {
        setLanguageSetting(QStringLiteral("es"));
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(DisplayDate::text(PartialDate::day(2017, 2, 5)), QStringLiteral("5 de feb de 2017"));
        QCOMPARE(DisplayDate::text(PartialDate::year(2017)), QStringLiteral("2017"));
        setLanguageSetting(QStringLiteral("en"));
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(DisplayDate::text(PartialDate::day(2017, 2, 5)), QStringLiteral("Feb 5, 2017"));
        QCOMPARE(DisplayDate::text(PartialDate::month(2017, 2)), QStringLiteral("Feb 2017"));
        // Files and the command line do not follow it.
        QCOMPARE(PartialDate::day(2017, 2, 5).toDisplayString(), QStringLiteral("5 Feb 2017"));
    }

    // English is the source language, but "%n lane(s)" still needs its plural forms.
    void englishPluralsAreWords()
    {
        setLanguageSetting(QStringLiteral("en"));
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("caseline::TimelineView", "%n lane(s)", nullptr, 1), QStringLiteral("1 lane"));
        QCOMPARE(QCoreApplication::translate("caseline::TimelineView", "%n lane(s)", nullptr, 7), QStringLiteral("7 lanes"));
        QFile file(QStringLiteral(CASELINE_TRANSLATIONS_DIR "/caseline_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ts = file.readAll();
        QVERIFY(ts.contains("<numerusform>"));
        QVERIFY2(!ts.contains("type=\"unfinished\""), "caseline_en.ts has plural forms left to write");
    }

    void qtsOwnTextsAreSpanishWhenInstalled()
    {
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_es.qm");
        if (!QFile::exists(qtbase))
            QSKIP("qt6-translations-l10n is not installed");
        setLanguageSetting(QStringLiteral("es"));
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
    }

    // Every message of the Linguist file has a finished translation that keeps the source's
    // placeholders, plural marker and accelerator.
    void linguistFileIsComplete()
    {
        QFile file(QStringLiteral(CASELINE_TRANSLATIONS_DIR "/caseline_es.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        const auto placeholders = [](const QString &text) {
            QStringList found;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                found << it.next().captured();
            found.sort();
            found.removeDuplicates();
            return found;
        };
        static const QRegularExpression accelerator(QStringLiteral("&(?![& ])"));
        QStringList problems;
        const auto check = [&](const QString &source, const QString &form) {
            if (form.isEmpty())
                problems << QStringLiteral("empty: %1").arg(source);
            else if (placeholders(form) != placeholders(source))
                problems << QStringLiteral("placeholders: %1 → %2").arg(source, form);
            else if (form.count(accelerator) != source.count(accelerator))
                problems << QStringLiteral("accelerator: %1 → %2").arg(source, form);
        };
        int messages = 0;
        bool numerus = false;
        QString source;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("message")) {
                ++messages;
                numerus = xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                if (xml.attributes().hasAttribute(QStringLiteral("type")))
                    problems << QStringLiteral("%1: %2").arg(xml.attributes().value(QStringLiteral("type")), source);
                if (!numerus)
                    check(source, xml.readElementText());
            } else if (xml.name() == QLatin1String("numerusform")) {
                check(source, xml.readElementText());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 300);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestSpanishMenus)
#include "TestSpanishMenus.moc"
