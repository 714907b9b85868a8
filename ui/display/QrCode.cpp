#include "display/QrCode.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPainter>
#include <algorithm>
#include <cerrno>
#include <memory>
#include <qrencode.h>

namespace quire {

namespace {

Q_LOGGING_CATEGORY(lcQr, "quire.display.qr", QtInfoMsg)

struct QrcodeFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

Result<QrCode> QrCode::encode(const QByteArray &text)
{
    if (text.isEmpty())
        return Error::invalid(QStringLiteral("a QR code needs a text")); // notr: a caller's bug
    // 8-bit mode, case-sensitive: an address is taken byte for byte.
    errno = 0;
    std::unique_ptr<QRcode, QrcodeFree> code(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        const int error = errno;
        qCWarning(lcQr) << "no QR code for a text of" << text.size() << "bytes, errno" << error;
        if (error == ERANGE)
            return Error::invalid(QCoreApplication::translate(
                "quire::QrCode", "The address is too long for a QR code."));
        return Error::invalid(
            QCoreApplication::translate("quire::QrCode", "The QR code could not be made."));
    }
    QrCode qr;
    qr.m_size = code->width;
    qr.m_dark.resize(qsizetype(code->width) * code->width);
    for (int index = 0; index < qr.m_dark.size(); ++index)
        qr.m_dark[index] = (code->data[index] & 1) != 0; // bit 0: dark module
    return qr;
}

QImage QrCode::image(int pixelsPerModule) const
{
    const int scale = std::max(pixelsPerModule, 1);
    const int side = (m_size + 2 * kQuietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                painter.fillRect((x + kQuietZone) * scale, (y + kQuietZone) * scale, scale, scale,
                                 Qt::black);
        }
    }
    return image;
}

QImage QrCode::imageFitting(int side) const
{
    return image(side / (m_size + 2 * kQuietZone));
}

} // namespace quire
