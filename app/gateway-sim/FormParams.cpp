#include "FormParams.h"

#include <QCryptographicHash>

namespace quire::sim {

namespace {

QString decodeComponent(QByteArray component)
{
    // '+' is a space in form bodies; a literal plus arrives as %2B.
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

} // namespace

FormParams FormParams::decode(const QByteArray &body)
{
    FormParams params;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        params.m_values.insert(decodeComponent(key), decodeComponent(value));
    }
    return params;
}

QByteArray FormParams::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        const QByteArray value = it.value().toUtf8();
        // Lengths first, so no key/value split can collide with another.
        hash.addData(QByteArray::number(key.size()) + ':' + key);
        hash.addData(QByteArray::number(value.size()) + ':' + value);
    }
    return hash.result().toHex();
}

} // namespace quire::sim
