#include "content/Rejection.h"

#include "core/Text.h"

#include <string_view>

namespace vitrin::content {

namespace {

std::string extensionOf(const std::filesystem::path& file) {
    std::string extension = core::toLowerAscii(file.extension().string());
    return extension.empty() ? extension : extension.substr(1);
}

bool isAnyOf(std::string_view value, std::initializer_list<std::string_view> candidates) {
    for (std::string_view candidate : candidates) {
        if (value == candidate) {
            return true;
        }
    }
    return false;
}

// The image types a name may promise: what staff expect a file called .jpg to be.
std::string_view typePromisedBy(std::string_view extension) {
    if (isAnyOf(extension, {"jpg", "jpeg", "jpe", "jfif"})) {
        return "JPEG";
    }
    if (extension == "png") {
        return "PNG";
    }
    if (extension == "webp") {
        return "WebP";
    }
    return {};
}

StaffText unsupportedType(std::string_view detected) {
    const std::string type = core::toLowerAscii(detected);
    if (isAnyOf(type, {"heic", "heif", "avif"})) {
        const std::string name(detected);
        const std::string origin = type == "avif" ? "" : " (från iPhone)";
        const std::string originEn = type == "avif" ? "" : " (from an iPhone)";
        return {name + "-bilder" + origin +
                    " kan inte visas. Spara bilden som JPEG och lägg in den igen.",
                name + " pictures" + originEn +
                    " cannot be shown. Save the picture as JPEG and add it again."};
    }
    if (type.find("raw") != std::string::npos || isAnyOf(type, {"tiff", "cr3", "dng"})) {
        return {"Råfiler från kamera och TIFF-bilder kan inte visas. Exportera bilden som JPEG "
                "från kameran eller bildprogrammet och lägg in den igen.",
                "Camera raw files and TIFF pictures cannot be shown. Export the picture as JPEG "
                "from the camera or photo program and add it again."};
    }
    if (isAnyOf(type, {"mp4", "mov", "3gp", "avi", "iso media", "mkv", "webm", "mpeg"})) {
        return {"Filmer kan inte visas, bara stillbilder. Spara en bild ur filmen som JPEG om "
                "den ska vara med.",
                "Videos cannot be shown, only still pictures. Save a frame of the video as JPEG "
                "if it should be included."};
    }
    if (type == "pdf") {
        return {"PDF-filer kan inte visas. Spara sidan som bild (JPEG eller PNG) och lägg in "
                "den igen.",
                "PDF files cannot be shown. Save the page as a picture (JPEG or PNG) and add it "
                "again."};
    }
    const std::string name =
        detected.empty() ? std::string("Den här typen av") : std::string(detected);
    return {name + "-filer kan inte visas. Spara bilden som JPEG eller PNG och lägg in den igen.",
            name + " files cannot be shown. Save the picture as JPEG or PNG and add it again."};
}

} // namespace

std::optional<StaffText> adviceForExtension(const std::filesystem::path& file) {
    const std::string extension = extensionOf(file);
    if (isAnyOf(extension, {"xlsx", "xlsm", "xls", "ods", "numbers"})) {
        return StaffText{
            "Kalkylark läses inte direkt. Spara bildtexterna i Excel med Arkiv > Spara som > "
            "\"CSV UTF-8 (kommaavgränsad)\" i samma mapp.",
            "Spreadsheets are not read directly. Save the captions in Excel with File > Save As "
            "> \"CSV UTF-8 (Comma delimited)\" in the same folder."};
    }
    if (isAnyOf(extension, {"doc", "docx", "odt", "rtf", "pages"})) {
        return StaffText{
            "Dokument visas inte. Skriv texten i bildtextfilen, eller i en textfil bredvid "
            "bilden (bild.sv.txt).",
            "Documents are not shown. Put the text in the caption sheet, or in a text file next "
            "to the picture (picture.en.txt)."};
    }
    if (isAnyOf(extension, {"ppt", "pptx", "odp", "key"})) {
        return StaffText{"Presentationer visas inte. Spara bilderna ur den som JPEG.",
                         "Presentations are not shown. Save its slides as JPEG pictures."};
    }
    if (isAnyOf(extension, {"lnk", "url", "alias"})) {
        return StaffText{
            "En genväg visar bara var bilden ligger någon annanstans. Kopiera själva bilden hit.",
            "A shortcut only points to a picture somewhere else. Copy the picture itself here."};
    }
    if (isAnyOf(extension, {"zip", "7z", "rar"})) {
        return StaffText{"Packade filer öppnas inte. Packa upp bilderna i mappen.",
                         "Compressed archives are not opened. Extract the pictures into the "
                         "folder."};
    }
    return std::nullopt;
}

StaffText describeRejection(const imaging::DecodeError& error, const std::filesystem::path& file,
                            const imaging::Limits& limits) {
    using imaging::RejectReason;
    // A PDF named .jpg: say first that the name lies, then what to do.
    const std::string_view promised = typePromisedBy(extensionOf(file));
    StaffText misnamed;
    if (!promised.empty() && !error.detectedType.empty() &&
        core::toLowerAscii(error.detectedType) != core::toLowerAscii(promised)) {
        const std::string extension = file.extension().string();
        misnamed = {"Filen heter " + extension + " men är en " + error.detectedType + "-fil. ",
                    "The file is named " + extension + " but is a " + error.detectedType +
                        " file. "};
    }
    StaffText advice;
    switch (error.reason) {
    case RejectReason::EmptyFile:
        advice = {"Filen är tom (0 byte). Kopiera bilden på nytt från originalet.",
                  "The file is empty (0 bytes). Copy the picture again from the original."};
        break;
    case RejectReason::FileTooLarge: {
        const std::string megabytes = std::to_string(limits.maxFileBytes / (1024 * 1024));
        advice = {"Filen är större än " + megabytes +
                      " MB. Spara en mindre version av bilden (till exempel 4000 pixlar bred).",
                  "The file is larger than " + megabytes +
                      " MB. Save a smaller version of the picture (for example 4000 pixels "
                      "wide)."};
        break;
    }
    case RejectReason::TooManyPixels: {
        const std::string megapixels = std::to_string(limits.maxPixels / 1'000'000);
        advice = {"Bilden har fler än " + megapixels +
                      " miljoner pixlar. Förminska den (till exempel till 4000 pixlar bred) och "
                      "lägg in den igen.",
                  "The picture has more than " + megapixels +
                      " million pixels. Scale it down (for example to 4000 pixels wide) and add "
                      "it again."};
        break;
    }
    case RejectReason::TooLargeToDecode:
        advice = {"Bilden är för stor för att kiosken ska kunna öppna den i minnet. Förminska den "
                  "(till exempel till 4000 pixlar bred) eller spara den som vanlig JPEG, och lägg "
                  "in den igen.",
                  "The picture is too large for the kiosk to open in its memory. Scale it down "
                  "(for example to 4000 pixels wide) or save it as a plain JPEG, and add it "
                  "again."};
        break;
    case RejectReason::UnsupportedType:
        advice = unsupportedType(error.detectedType);
        break;
    case RejectReason::NotAnImage:
        advice = adviceForExtension(file).value_or(StaffText{
            "Filen är ingen bild som kan visas. Bilder ska vara JPEG, PNG eller WebP.",
            "The file is not a picture that can be shown. Pictures must be JPEG, PNG or WebP."});
        break;
    case RejectReason::Truncated:
        advice = {"Bilden är ofullständig: filen tar slut för tidigt, kanske avbröts "
                  "kopieringen. Kopiera den på nytt från originalet.",
                  "The picture is incomplete: the file ends too early, perhaps the copying was "
                  "interrupted. Copy it again from the original."};
        break;
    case RejectReason::Corrupt:
        advice = {"Bilden är skadad och kan inte visas. Öppna originalet i ett bildprogram, "
                  "spara det som JPEG och lägg in det igen.",
                  "The picture is damaged and cannot be shown. Open the original in a photo "
                  "program, save it as JPEG and add it again."};
        break;
    case RejectReason::UnsupportedVariant:
        advice = {"Bilden är sparad i en ovanlig variant som inte kan visas. Öppna den i ett "
                  "bildprogram och spara den som vanlig JPEG.",
                  "The picture is saved in an unusual variant that cannot be shown. Open it in a "
                  "photo program and save it as an ordinary JPEG."};
        break;
    case RejectReason::ReadFailed:
        advice = {"Filen kunde inte läsas. Kontrollera USB-minnet och kopiera filen igen.",
                  "The file could not be read. Check the USB stick and copy the file again."};
        break;
    }
    return {misnamed.sv + advice.sv, misnamed.en + advice.en};
}

std::optional<StaffText> describeMisnaming(imaging::Format format,
                                           const std::filesystem::path& file) {
    const std::string_view actual = imaging::formatName(format);
    const std::string_view promised = typePromisedBy(extensionOf(file));
    if (promised == actual) {
        return std::nullopt;
    }
    const std::string extension =
        file.extension().empty() ? std::string("(ingen ändelse)") : file.extension().string();
    const std::string extensionEn =
        file.extension().empty() ? std::string("(no extension)") : file.extension().string();
    const std::string type(actual);
    return StaffText{"Filen heter " + extension + " men är en " + type +
                         "-bild. Den visas ändå; byt gärna namn så att ändelsen stämmer.",
                     "The file is named " + extensionEn + " but is a " + type +
                         " picture. It is shown anyway; consider renaming it to match."};
}

} // namespace vitrin::content
