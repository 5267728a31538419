#include "PoliciesDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace caseline {

namespace {
// Quotes are evidence and stay exactly as published: they are not translated.
const QString kArticle000 = QStringLiteral("seeds/000_b4864c6d6f030810.txt");
const QString kArticle001 = QStringLiteral("seeds/001_df85e2e743b8b948.txt");
const QString kArticle002 = QStringLiteral("seeds/002_8a8c0b1de68c0b3c.txt");
const QString kArticle003 = QStringLiteral("seeds/003_5f3d5f2644e3b505.txt");
const QString kArticle004 = QStringLiteral("seeds/004_7437437e52319bfd.txt");
const QString kTaskForceMoa = QStringLiteral("data/moa/kansas-bureau-of-investigation-287g-task-force-moa-2025-02-18.pdf");
const QString kWarrantServiceMoa = QStringLiteral("data/moa/suwannee-county-fl-287g-warrant-service-moa-2019-10-15.pdf");
}  // namespace

PoliciesDialog::PoliciesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("policiesDialog"));
    setWindowTitle(tr("About the Policies"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("policiesText"));
    m_text->setAccessibleName(tr("About the policies"));
    m_text->setHtml(toHtml(topics()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    resize(em * 56, em * 46);
}

QList<PoliciesDialog::Topic> PoliciesDialog::topics()
{
    const QString article000 = tr("Article of 2 July 2019 on Lawrence police assisting an ICE agent");
    const QString article001 = tr("Article on the Lawrence City Commission work session on a sanctuary ordinance, undated");
    const QString article002 = tr("“A City Divided: The Tension Between Law Enforcement and Activists over ICE”, undated");
    const QString article003 = tr("“ICE And Local Police: Cooperation And Controversy”, Jhon Lennon, undated");
    const QString article004 = tr("“LA Officials Request for ICE Agents to Stop Identifying Themselves as ‘Police’”, undated");
    return {
        {tr("ICE"),
         tr("U.S. Immigration and Customs Enforcement is the federal agency at the other end of every policy below. "
            "Enforcing immigration law is a federal job; the policies are about how far local police and jails "
            "take part in it."),
         {{QStringLiteral("The U.S. Immigration and Customs Enforcement agency was created by the federal government in 2003. "
                          "It is tasked, among other things, with enforcing immigration laws."),
           article000, kArticle000},
          {QStringLiteral("Immigration enforcement is generally a federal responsibility."), article000, kArticle000}}},
        {tr("Sanctuary ordinances and laws"),
         tr("A sanctuary policy is a city's or county's own rule that limits how its employees, police included, "
            "cooperate with federal immigration enforcement. Caseline counts it in the “limits cooperation” family. "
            "In Lawrence, the City Commission considered such an ordinance at a work session on Tuesday, Feb. 11 "
            "(the article gives no year); the draft would also have kept the police from signing an agreement with "
            "the federal government without the commission's approval."),
         {{QStringLiteral("This designation means they limit their cooperation with federal immigration enforcement to foster "
                          "an environment where undocumented immigrants feel safe from deportation."),
           article002, kArticle002},
          {QStringLiteral("The ordinance prevents any city employee, including police officers, from collecting "
                          "immigration-related information from Lawrence residents unless otherwise legally obligated."),
           article001, kArticle001},
          {QStringLiteral("“But this ordinance would say that the commission would have to approve such an MOU in advance.”"),
           article001, kArticle001}}},
        {tr("Welcoming-city proclamations"),
         tr("A welcoming-city proclamation is a city's public statement that it values its immigrant residents. "
            "It is nonbinding: it states values but by itself changes no rule. Lawrence made one in 2017, as its "
            "police chief recalled in a statement reported on 2 July 2019. A welcoming-city ordinance is different: "
            "Chicago's restricts cooperation between local police and ICE."),
         {{QStringLiteral("In the statement Monday, Chief Burns acknowledged that Lawrence declared itself a “welcoming city” "
                          "in a 2017 proclamation."),
           article000, kArticle000},
          {QStringLiteral("The nonbinding proclamation states the city “thrives on the diversity of backgrounds that inhabit it, "
                          "and that the safety of all people should be protected regardless of their background, race, "
                          "religion, or country of origin.”"),
           article000, kArticle000},
          {QStringLiteral("The city has access to the “Welcoming City Ordinance,” which restricts cooperation between local "
                          "police and ICE."),
           article002, kArticle002}}},
        {tr("Detainers"),
         tr("A detainer is a request from federal immigration officials to local law enforcement. Federal officials "
            "began issuing them in 2008. Most jurisdictions at first treated them as mandatory; after American "
            "citizens were mistakenly held, sued and won damage awards, some stopped "
            "cooperating. Limiting which detainers a jail honours is one of the ways a jurisdiction limits cooperation."),
         {{QStringLiteral("When federal officials began issuing detainers in 2008 under a pilot program called Secure Communities, "
                          "most jurisdictions treated the requests as mandatory. But after American citizens were mistakenly "
                          "held, filed suit and won costly damage awards, some jurisdictions stopped cooperating."),
           article004, kArticle004}}},
        {tr("287(g) agreements"),
         tr("A 287(g) agreement is a written agreement (a memorandum of agreement or of understanding, MOA or MOU) "
            "between ICE and a local law-enforcement agency that lets chosen local officers do some of an immigration "
            "officer's work under federal supervision. Caseline counts it in the “cooperates by agreement” family. "
            "Supporters say it helps public safety; critics say it leads to racial profiling and erodes trust."),
         {{QStringLiteral("These partnerships also occur in programs such as 287(g) agreements, where local law enforcement "
                          "agencies can enter into agreements with ICE, allowing designated officers to perform immigration "
                          "enforcement functions under federal supervision."),
           article003, kArticle003},
          {QStringLiteral("“Federal law allows local agencies to enforce federal immigration laws, provided there is an MOU,” "
                          "Garcia said."),
           article001, kArticle001}}},
        {tr("The three 287(g) models"),
         tr("ICE's list of participating agencies, which Caseline imports, names the model of each agreement: "
            "Jail Enforcement Model, Task Force Model or Warrant Service Officer. The articles do not say how the "
            "models differ. The purpose clauses of two real agreements kept with the project's data describe a "
            "task-force agreement (Kansas Bureau of Investigation, 2025) and a warrant-service agreement (Suwannee "
            "County Sheriff's Office, Florida, 2019), quoted below. No jail-enforcement agreement is kept, so that "
            "model is not described here."),
         {{QStringLiteral("The purpose of this MOA is to set forth the terms and conditions pursuant to which selected LEA "
                          "personnel (participating LEA personnel) will be nominated, trained, and thereafter be approved by "
                          "ICE to perform certain functions of an immigration officer under the direction and supervision of "
                          "ICE within the LEA’s jurisdiction."),
           tr("287(g) Memorandum of Agreement, Kansas Bureau of Investigation, Task Force Model, 2025"), kTaskForceMoa},
          {QStringLiteral("The purpose of this collaboration is to promote public safety by facilitating the custodial transfer "
                          "of specific aliens in SCSO's jail/correctional facilities to ICE for removal purposes at the time of "
                          "the alien's scheduled release from criminal custody."),
           tr("287(g) Memorandum of Agreement, Suwannee County Sheriff's Office (SCSO), Warrant Service Officer, 2019"),
           kWarrantServiceMoa}}},
        {tr("Secure Communities"),
         tr("Secure Communities was the federal pilot program under which detainers were first issued, in 2008. "
            "As fewer jurisdictions complied with detainers, the Obama administration ended it and replaced it with a "
            "program that let local jurisdictions decide far more freely when to cooperate. The article gives no "
            "year for the end."),
         {{QStringLiteral("As compliance with detainers dropped sharply, the Obama administration ended the program and "
                          "introduced a new one allowing local jurisdictions far more leeway to decide when to cooperate."),
           article004, kArticle004}}},
    };
}

QString PoliciesDialog::toHtml(const QList<Topic> &topics)
{
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("These explanations use only what the sources bundled with Caseline say. Each is followed by "
                               "the passages it rests on, word for word, and where they come from.")
                                .toHtmlEscaped());
    for (const Topic &topic : topics) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(topic.heading.toHtmlEscaped(), topic.explanation.toHtmlEscaped());
        for (const Passage &passage : topic.passages)
            html += QStringLiteral("<blockquote><p>%1</p><p><i>— %2</i></p></blockquote>")
                        .arg(passage.quote.toHtmlEscaped(), passage.sourceLabel.toHtmlEscaped());
    }
    return html;
}

}  // namespace caseline
