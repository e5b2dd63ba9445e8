#include "speech/Speaker.h"

#include "core/Log.h"
#include "speech/Recording.h"
#include "speech/Sentences.h"
#include "speech/Synthesiser.h"

#include <algorithm>
#include <vector>

namespace vitrin::speech {

namespace {
// How often the worker looks at the sink while it plays: stop() is heard within this.
constexpr auto kPoll = std::chrono::milliseconds(20);
} // namespace

Speaker::Speaker(std::unique_ptr<AudioSink> sink, SpeakerOptions options)
    : sink_(std::move(sink)), options_(std::move(options)), worker_([this] { run(); }) {
}

Speaker::~Speaker() {
    {
        const std::lock_guard lock(mutex_);
        quit_ = true;
        pending_.reset();
        ++generation_;
    }
    wake_.notify_all();
    worker_.join();
    sink_->clear();
}

void Speaker::say(Utterance utterance) {
    {
        const std::lock_guard lock(mutex_);
        ++generation_;
        pending_ = std::move(utterance);
        speaking_ = true;
    }
    wake_.notify_all();
}

void Speaker::stop() {
    {
        const std::lock_guard lock(mutex_);
        ++generation_;
        pending_.reset();
        speaking_ = false;
    }
    wake_.notify_all();
    quiet_.notify_all();
}

bool Speaker::isSpeaking() const {
    const std::lock_guard lock(mutex_);
    return speaking_;
}

void Speaker::setVolume(float volume) {
    volume_ = std::clamp(volume, 0.0f, 1.0f);
}

bool Speaker::waitUntilQuiet(std::chrono::milliseconds timeout) const {
    std::unique_lock lock(mutex_);
    return quiet_.wait_for(lock, timeout, [this] { return !speaking_; });
}

void Speaker::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return quit_ || pending_.has_value(); });
        if (quit_) {
            sink_->threadEnds();
            return;
        }
        const Utterance utterance = std::move(*pending_);
        pending_.reset();
        const std::uint64_t generation = generation_;
        lock.unlock();
        sink_->clear(); // whatever was playing stops
        play(utterance, generation);
        drain(generation);
        lock.lock();
        if (isCurrent(generation)) {
            speaking_ = false;
            quiet_.notify_all();
        }
    }
}

void Speaker::play(const Utterance& utterance, std::uint64_t generation) {
    if (!utterance.recording.empty() && playRecording(utterance, generation)) {
        return;
    }
    if (isCurrent(generation)) {
        synthesise(utterance, generation);
    }
}

bool Speaker::playRecording(const Utterance& utterance, std::uint64_t generation) {
    auto opened = RecordingReader::open(utterance.recording);
    if (const auto* error = std::get_if<RecordingError>(&opened)) {
        core::logWarning("speech: the recording " + utterance.recording.string() +
                         " cannot be played (" + error->detail + "); the text is read instead");
        return false;
    }
    lastSource_ = SpeechSource::Recording;
    RecordingReader& reader = *std::get<std::unique_ptr<RecordingReader>>(opened);
    const int rate = reader.info().sampleRate;
    std::vector<std::int16_t> chunk;
    bool played = false;
    for (;;) {
        chunk.clear();
        auto got = reader.read(chunk, static_cast<std::size_t>(rate / 10)); // 100 ms
        if (const auto* error = std::get_if<RecordingError>(&got)) {
            core::logWarning("speech: the recording " + utterance.recording.string() +
                             " is damaged (" + error->detail + ")" +
                             (played ? "; it stops here" : "; the text is read instead"));
            return played;
        }
        if (std::get<std::size_t>(got) == 0 || !feed(chunk, rate, generation)) {
            return true;
        }
        played = true;
    }
}

void Speaker::synthesise(const Utterance& utterance, std::uint64_t generation) {
    lastSource_ = SpeechSource::Synthesis;
    if (synthesiser_ == nullptr && !synthesiserFailed_) {
        auto created = Synthesiser::create(options_.espeakData);
        if (created) {
            synthesiser_ = std::move(*created);
        } else {
            synthesiserFailed_ = true;
            core::logError("speech: " + created.error().message + "; speech stays silent");
        }
    }
    if (synthesiser_ == nullptr) {
        return;
    }
    const int rate = synthesiser_->sampleRate();
    for (const std::string& sentence : splitSentences(utterance.text)) {
        bool current = true;
        auto spoken = synthesiser_->synthesise(sentence, utterance.lang,
                                               [&](std::span<const std::int16_t> samples) {
                                                   current = feed(samples, rate, generation);
                                                   return current;
                                               });
        if (!spoken) {
            core::logWarning("speech: " + spoken.error().message);
            return;
        }
        if (!current || !isCurrent(generation)) {
            return;
        }
    }
}

bool Speaker::feed(std::span<const std::int16_t> samples, int sampleRate,
                   std::uint64_t generation) {
    if (!isCurrent(generation)) {
        sink_->clear();
        return false;
    }
    std::vector<std::int16_t> scaled(samples.begin(), samples.end());
    scale(scaled, volume_);
    sink_->write(scaled, sampleRate);
    std::unique_lock lock(mutex_);
    while (isCurrent(generation) && sink_->pendingSeconds() > options_.aheadSeconds) {
        wake_.wait_for(lock, kPoll);
    }
    if (!isCurrent(generation)) {
        lock.unlock();
        sink_->clear();
        return false;
    }
    return true;
}

void Speaker::drain(std::uint64_t generation) {
    std::unique_lock lock(mutex_);
    while (isCurrent(generation) && sink_->pendingSeconds() > 0) {
        wake_.wait_for(lock, kPoll);
    }
    if (!isCurrent(generation)) {
        lock.unlock();
        sink_->clear();
    }
}

} // namespace vitrin::speech
