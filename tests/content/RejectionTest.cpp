#include "content/Rejection.h"

#include <gtest/gtest.h>

using namespace vitrin::content;
using vitrin::imaging::DecodeError;
using vitrin::imaging::Format;
using vitrin::imaging::Limits;
using vitrin::imaging::RejectReason;

namespace {

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(Rejection, HeicGetsTheIphoneAdvice) {
    const StaffText text =
        describeRejection({RejectReason::UnsupportedType, "HEIC", ""}, "IMG_0042.HEIC", {});
    EXPECT_EQ(text.sv,
              "HEIC-bilder (från iPhone) kan inte visas. Spara bilden som JPEG och lägg in den "
              "igen.");
    EXPECT_TRUE(contains(text.en, "iPhone"));
}

TEST(Rejection, EveryReasonHasItsOwnAdviceInBothLanguages) {
    const RejectReason reasons[] = {RejectReason::EmptyFile,     RejectReason::FileTooLarge,
                                    RejectReason::TooManyPixels, RejectReason::UnsupportedType,
                                    RejectReason::NotAnImage,    RejectReason::Truncated,
                                    RejectReason::Corrupt,       RejectReason::UnsupportedVariant,
                                    RejectReason::ReadFailed,    RejectReason::TooLargeToDecode};
    std::vector<std::string> seen;
    for (RejectReason reason : reasons) {
        const StaffText text = describeRejection({reason, "", ""}, "bild.jpg", {});
        EXPECT_FALSE(text.sv.empty());
        EXPECT_FALSE(text.en.empty());
        EXPECT_NE(text.sv, text.en);
        EXPECT_EQ(std::find(seen.begin(), seen.end(), text.sv), seen.end());
        seen.push_back(text.sv);
    }
}

TEST(Rejection, TypesAreGroupedByWhatStaffShouldDo) {
    const auto advice = [](std::string_view type) {
        return describeRejection({RejectReason::UnsupportedType, std::string(type), ""}, "x", {})
            .sv;
    };
    EXPECT_TRUE(contains(advice("RAW/TIFF"), "Exportera bilden som JPEG"));
    EXPECT_TRUE(contains(advice("CR3"), "Råfiler"));
    EXPECT_TRUE(contains(advice("MP4"), "Filmer"));
    EXPECT_TRUE(contains(advice("MOV"), "Filmer"));
    EXPECT_TRUE(contains(advice("PDF"), "PDF-filer"));
    EXPECT_TRUE(contains(advice("GIF"), "GIF-filer"));
    EXPECT_TRUE(contains(advice("AVIF"), "AVIF-bilder kan inte visas"));
}

TEST(Rejection, AWronglyNamedFileSaysWhatItReallyIs) {
    const StaffText pdf =
        describeRejection({RejectReason::UnsupportedType, "PDF", ""}, "affisch.jpg", {});
    EXPECT_TRUE(contains(pdf.sv, "Filen heter .jpg men är en PDF-fil."));
    EXPECT_TRUE(contains(pdf.en, "named .jpg but is a PDF file"));
    // A damaged JPEG named .jpg is not misnamed.
    const StaffText corrupt = describeRejection({RejectReason::Corrupt, "JPEG", ""}, "a.JPG", {});
    EXPECT_FALSE(contains(corrupt.sv, "heter"));
}

TEST(Rejection, LimitsAreNamedInTheAdvice) {
    Limits limits;
    limits.maxFileBytes = 50ull * 1024 * 1024;
    limits.maxPixels = 40'000'000;
    EXPECT_TRUE(contains(
        describeRejection({RejectReason::FileTooLarge, "", ""}, "a.jpg", limits).sv, "50 MB"));
    EXPECT_TRUE(
        contains(describeRejection({RejectReason::TooManyPixels, "", ""}, "a.jpg", limits).en,
                 "40 million pixels"));
}

TEST(Rejection, NotAnImageGetsAdviceFromTheExtension) {
    EXPECT_TRUE(
        contains(describeRejection({RejectReason::NotAnImage, "", ""}, "texter.docx", {}).sv,
                 "Dokument visas inte"));
    EXPECT_TRUE(contains(describeRejection({RejectReason::NotAnImage, "", ""}, "bild.lnk", {}).sv,
                         "genväg"));
    EXPECT_TRUE(contains(describeRejection({RejectReason::NotAnImage, "", ""}, "x.dat", {}).sv,
                         "JPEG, PNG eller WebP"));
    EXPECT_TRUE(contains(adviceForExtension("bildtexter.XLSX")->sv, "CSV UTF-8"));
    EXPECT_FALSE(adviceForExtension("bild.jpg").has_value());
}

TEST(Rejection, MisnamingIsANoteOnlyWhenTheNameLies) {
    const std::optional<StaffText> note = describeMisnaming(Format::Png, "bild.jpg");
    ASSERT_TRUE(note.has_value());
    EXPECT_TRUE(contains(note->sv, "heter .jpg men är en PNG-bild"));
    EXPECT_TRUE(contains(describeMisnaming(Format::Jpeg, "bild")->en, "(no extension)"));
    EXPECT_FALSE(describeMisnaming(Format::Png, "bild.PNG").has_value());
    EXPECT_FALSE(describeMisnaming(Format::Jpeg, "bild.jpeg").has_value());
    EXPECT_FALSE(describeMisnaming(Format::Webp, "bild.webp").has_value());
}
