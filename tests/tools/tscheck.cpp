// tenantdesk-tscheck: fails when a translation file has unfinished entries or a translation loses a
// %1..%99 or %n placeholder that its source text has. Used by the "translations" test after lupdate has
// merged the current sources into copies of the .ts files, so a new tr() string without its five
// translations fails CI.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QXmlStreamReader>

namespace {
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per numerus form
    qint64 line = 0;
};

int checkFile(const QString &path, bool pluralsOnly, QTextStream &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << path << ": cannot open: " << file.errorString() << '\n';
        return 1;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    int problems = 0;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message{context, QString(), xml.attributes().value(QLatin1String("numerus")) ==
                                                          QLatin1String("yes"),
                                  false, {}, xml.lineNumber()};
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                message.unfinished = type == QLatin1String("unfinished");
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++messages;
            if (pluralsOnly && !message.numerus)
                continue;
            const QString where = QStringLiteral("%1:%2 [%3] \"%4\"")
                                      .arg(path).arg(message.line).arg(message.context, message.source);
            bool empty = message.translations.isEmpty();
            for (const QString &t : message.translations)
                empty = empty || t.isEmpty();
            if (message.unfinished || empty) {
                out << where << ": unfinished translation\n";
                ++problems;
                continue;
            }
            const QSet<QString> wanted = placeholders(message.source);
            for (const QString &t : message.translations) {
                QSet<QString> missing = wanted;
                missing.subtract(placeholders(t));
                // A numerus form may drop %n in a singular ("one file") only when the language has a
                // form used for exactly one; keep it strict: every form keeps every placeholder.
                if (!missing.isEmpty()) {
                    out << where << ": translation \"" << t << "\" loses "
                        << QStringList(missing.begin(), missing.end()).join(QStringLiteral(", ")) << '\n';
                    ++problems;
                }
            }
        }
    }
    if (xml.hasError()) {
        out << path << ':' << xml.lineNumber() << ": not valid XML: " << xml.errorString() << '\n';
        return 1;
    }
    if (messages == 0 && !pluralsOnly) {
        out << path << ": no messages at all\n";
        return 1;
    }
    return problems;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    bool pluralsOnly = false;
    int problems = 0;
    if (args.isEmpty()) {
        out << "usage: tenantdesk-tscheck [--plurals-only] FILE.ts ... [--plurals-only FILE.ts ...]\n";
        return 2;
    }
    for (const QString &arg : args) {
        if (arg == QLatin1String("--plurals-only")) {
            pluralsOnly = true;
            continue;
        }
        problems += checkFile(arg, pluralsOnly, out);
    }
    out << (problems ? QStringLiteral("%1 translation problem(s)\n").arg(problems)
                     : QStringLiteral("All translations complete\n"));
    return problems ? 1 : 0;
}
