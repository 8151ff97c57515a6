// One multiple-choice question generated from a data set.

public struct Question: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable {
        /// Which framework does a country take part in today?
        case frameworkOfCountry
        /// Which country takes part in a framework today?
        case countryInFramework
        /// In which year did a country join a framework?
        case joinedFramework
        /// In which year did an ally join NATO?
        case joinedNATO
        /// Which of several milestones came first?
        case firstMilestone
        /// Is a country a NATO ally or a partner?
        case allyOrPartner

        public var label: String {
            switch self {
            case .frameworkOfCountry: return "framework of a country"
            case .countryInFramework: return "country in a framework"
            case .joinedFramework: return "year a country joined a framework"
            case .joinedNATO: return "year an ally joined NATO"
            case .firstMilestone: return "which milestone came first"
            case .allyOrPartner: return "ally or partner"
            }
        }
    }

    public var kind: Kind
    public var prompt: String
    public var choices: [String]
    public var correctIndex: Int
    /// Why the answer is right, in one or two sentences.
    public var explanation: String
    /// Sources that prove the answer (from the record that states it), best first.
    public var sourceIDs: [String]
    /// The records the question is about (`natoscope show ID` for more).
    public var recordIDs: [String]
    /// What each choice stands for: a framework, country or milestone id, a year, or
    /// `ally`/`partner`. Parallel to `choices`; lets tests check answers against the model.
    public var choiceKeys: [String]

    public init(kind: Kind, prompt: String, choices: [String], correctIndex: Int, explanation: String,
                sourceIDs: [String], recordIDs: [String], choiceKeys: [String]) {
        self.kind = kind
        self.prompt = prompt
        self.choices = choices
        self.correctIndex = correctIndex
        self.explanation = explanation
        self.sourceIDs = sourceIDs
        self.recordIDs = recordIDs
        self.choiceKeys = choiceKeys
    }

    public var correctChoice: String { choices.indices.contains(correctIndex) ? choices[correctIndex] : "" }

    /// `a`, `b`, ... for choice `i`.
    public static func letter(_ i: Int) -> String {
        guard i >= 0, i < 26, let scalar = Unicode.Scalar(UInt32(97 + i)) else { return String(i + 1) }
        return String(Character(scalar))
    }
}
