#include "AboutDialog.h"

#include "ApplicationIcon.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <boost/version.hpp>
#include <sqlite3.h>

namespace caseline {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Caseline"));
    auto *icon = new QLabel(this);
    const int iconSize = fontMetrics().height() * 4;
    icon->setPixmap(applicationIcon().pixmap(iconSize, iconSize));
    auto *title = new QLabel(QStringLiteral("<h2>Caseline %1</h2><p>%2</p>")
                                 .arg(QApplication::applicationVersion().toHtmlEscaped(),
                                      tr("A case-timeline viewer for local immigration-enforcement policy.").toHtmlEscaped()),
                             this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setWordWrap(true);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setAccessibleName(tr("Licences"));
    m_text->setOpenExternalLinks(true);
    m_text->setHtml(licencesHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    resize(em * 46, em * 38);
}

QString AboutDialog::versionLine()
{
    return tr("Caseline %1, built with Qt %2 (running %3), SQLite %4, Boost %5")
        .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
             QString::fromLatin1(sqlite3_libversion()), QStringLiteral(BOOST_LIB_VERSION).replace(u'_', u'.'));
}

QString AboutDialog::licencesHtml()
{
    const auto item = [](const QString &name, const QString &licence) {
        return QStringLiteral("<li><b>%1</b> — %2</li>").arg(name.toHtmlEscaped(), licence.toHtmlEscaped());
    };
    QString html = QStringLiteral("<p>%1</p>").arg(versionLine().toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Caseline is free software: you can redistribute it and/or modify it under the terms of the GNU "
                        "General Public License as published by the Free Software Foundation, either version 3 of the "
                        "License, or (at your option) any later version. It is distributed in the hope that it will be "
                        "useful, but WITHOUT ANY WARRANTY.")
                         .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Licences").toHtmlEscaped());
    html += item(tr("Caseline"), tr("GNU General Public License, version 3 or later (GPL-3.0-or-later)"));
    html += item(tr("Qt %1").arg(QString::fromLatin1(qVersion())),
                 tr("GNU Lesser General Public License, version 3 (LGPL-3.0); the Qt Charts module under the GNU "
                    "General Public License, version 3 (GPL-3.0)"));
    html += item(tr("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion())), tr("public domain"));
    html += item(tr("Boost %1 (Date_Time)").arg(QStringLiteral(BOOST_LIB_VERSION).replace(u'_', u'.')),
                 tr("Boost Software License, version 1.0 (BSL-1.0)"));
    html += item(tr("DejaVu fonts"), tr("Bitstream Vera Fonts licence; DejaVu changes in the public domain"));
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("The bundled sample case quotes five news articles for study and reporting; each event names "
                        "its source.")
                         .toHtmlEscaped());
    return html;
}

}  // namespace caseline
