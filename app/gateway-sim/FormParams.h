#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace quire::sim {

// A decoded application/x-www-form-urlencoded body, kept flat: Stripe's
// bracket keys ("line_items[0][quantity]") stay whole strings, which is all
// the simulator needs to look parameters up and to compare two requests for
// idempotency. Later duplicates win, as in most form parsers.
class FormParams final
{
public:
    static FormParams decode(const QByteArray &body);

    bool contains(const QString &key) const { return m_values.contains(key); }
    QString value(const QString &key) const { return m_values.value(key); }
    const QMap<QString, QString> &values() const { return m_values; }
    // Sorted key=value lines: equal for equal parameters whatever their order.
    QByteArray fingerprint() const;

private:
    QMap<QString, QString> m_values;
};

} // namespace quire::sim
