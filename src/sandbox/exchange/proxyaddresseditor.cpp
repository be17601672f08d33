#include "sandbox/exchange/proxyaddresseditor.h"

#include "sandbox/exchange/exchangecmdletcall.h"
#include "sandbox/exchange/recipientresolver.h"

#include <QPair>

namespace {
// "smtp:a@b" / "SMTP:a@b" / "a@b" -> (address, primary)
QPair<QString, bool> parseProxy(const QString &proxy)
{
    if (proxy.startsWith(QLatin1String("SMTP:")))
        return {proxy.mid(5), true};
    return {RecipientResolver::bareAddress(proxy), false};
}

void removeAddress(QStringList *list, const QString &address)
{
    for (int i = list->size() - 1; i >= 0; --i) {
        if (list->at(i).compare(address, Qt::CaseInsensitive) == 0)
            list->removeAt(i);
    }
}
} // namespace

ProxyAddressEditor::ProxyAddressEditor(const Tenant &tenant) : m_tenant(tenant)
{}

QJsonArray ProxyAddressEditor::proxies(const QString &primary, const QStringList &secondary)
{
    QJsonArray out{QStringLiteral("SMTP:") + primary};
    QStringList seen{primary};
    for (const QString &a : secondary) {
        if (!seen.contains(a, Qt::CaseInsensitive)) {
            out.append(QStringLiteral("smtp:") + a);
            seen.append(a);
        }
    }
    return out;
}

ExchangeCmdletResult ProxyAddressEditor::check(const QString &address, const QString &ownerId) const
{
    const RecipientResolver resolver(m_tenant);
    if (!RecipientResolver::isValidSmtpAddress(address))
        return ExchangeCmdletResult::validation(
            QStringLiteral(
                "The proxy address \"SMTP:%1\" is invalid: The SMTP address has an invalid format. Only "
                "ASCII letters, digits and ! # $ % & ' * + - / = ? ^ _ ` { | } ~ . are allowed.")
                .arg(address));
    const QString domain = address.section(QLatin1Char('@'), 1);
    if (!resolver.isAcceptedDomain(domain))
        return ExchangeCmdletResult::validation(
            QStringLiteral(
                "The domain name \"%1\" in the e-mail address \"%2\" isn't an accepted domain for your "
                "organization.")
                .arg(domain, address));
    const QString owner = resolver.addressOwner(address);
    if (!owner.isEmpty() && owner != ownerId)
        return ExchangeCmdletResult::error(
            400, QStringLiteral("Microsoft.Exchange.Data.ProxyAddressExistsException"),
            QStringLiteral("The proxy address \"SMTP:%1\" is already being used by the proxy addresses or "
                           "LegacyExchangeDN of \"%2\". Please choose another proxy address.")
                .arg(address, resolver.name(owner)));
    return ExchangeCmdletResult::ok();
}

ExchangeCmdletResult ProxyAddressEditor::apply(const ExchangeCmdletCall &call, const QString &ownerId,
                                               QString *primary, QJsonArray *current) const
{
    QStringList secondary;
    for (const QJsonValue &v : *current) {
        const auto parsed = parseProxy(v.toString());
        if (!parsed.second && v.toString().startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive))
            secondary.append(parsed.first);
    }
    QString main = *primary;
    if (call.has(QStringLiteral("EmailAddresses"))) {
        const ExchangeCmdletCall::MultiValue change = call.multiValue(QStringLiteral("EmailAddresses"));
        if (change.replace) {
            QString newPrimary;
            secondary.clear();
            for (const QString &proxy : change.values) {
                const auto parsed = parseProxy(proxy);
                if (parsed.second && newPrimary.isEmpty())
                    newPrimary = parsed.first;
                else
                    secondary.append(parsed.first);
            }
            if (newPrimary.isEmpty() && !secondary.isEmpty())
                newPrimary = secondary.takeFirst();
            if (!newPrimary.isEmpty())
                main = newPrimary;
        }
        for (const QString &proxy : change.add) {
            const auto parsed = parseProxy(proxy);
            if (parsed.second) {
                secondary.append(main);
                main = parsed.first;
            }
            removeAddress(&secondary, parsed.first);
            if (!parsed.second)
                secondary.append(parsed.first);
        }
        for (const QString &proxy : change.remove) {
            const QString address = parseProxy(proxy).first;
            if (address.compare(main, Qt::CaseInsensitive) == 0)
                return ExchangeCmdletResult::validation(
                    QStringLiteral(
                        "The primary SMTP address \"%1\" can't be removed. Set another primary SMTP "
                        "address first.")
                        .arg(address));
            removeAddress(&secondary, address);
        }
    }
    if (call.has(QStringLiteral("PrimarySmtpAddress"))) {
        const QString newPrimary = call.string(QStringLiteral("PrimarySmtpAddress")).trimmed();
        if (newPrimary.compare(main, Qt::CaseInsensitive) != 0) {
            secondary.append(main);
            removeAddress(&secondary, newPrimary);
            main = newPrimary;
        }
    }
    const QStringList all = QStringList(secondary) << main;
    for (const QString &address : all) {
        const ExchangeCmdletResult result = check(address, ownerId);
        if (result.failed())
            return result;
    }
    *primary = main;
    *current = proxies(main, secondary);
    return ExchangeCmdletResult::ok();
}
