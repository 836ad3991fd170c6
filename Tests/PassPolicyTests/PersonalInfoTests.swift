import Testing
@testable import PassPolicy

@Suite struct UserNameTests {
    @Test func partsOfADottedName() {
        #expect(rules("Parry&Tide7", user: "lee.parry").contains(.username))
        #expect(rules("P@rry!Kite4", user: "lee.parry").contains(.username))
        #expect(rules("7edoC$yrraP", user: "lee.parry").contains(.username))  // reversed
        #expect(rules("Sleepy#2024", user: "lee.parry").contains(.username))  // "lee" has 3 characters
        #expect(!rules("Tide&Kite7x", user: "lee.parry").contains(.username))
    }

    @Test func runsOfFourInANameWithoutSeparator() {
        #expect(rules("Hughe!x72Q", user: "shughes").contains(.username))
        #expect(rules("xUghes#72Q", user: "shughes").contains(.username))
        #expect(rules("SHUG!xq7Zw", user: "shughes").contains(.username))
        #expect(!rules("Hug!x72Qzw", user: "shughes").contains(.username))  // only 3 in a row
    }

    @Test func leetUserNames() {
        #expect(rules("J0hnSm1th!", user: "johnsmith").contains(.username))
        #expect(rules("j0HN$m17h#", user: "johnsmith").contains(.username))
    }

    @Test func digitsSplitNames() {
        #expect(rules("Jsmith#Wq9", user: "jsmith2").contains(.username))
    }

    @Test func messageNamesThePartOfTheNameButNotThePassword() {
        var settings = Settings()
        settings.dictCheck = false
        let verdict = PolicyChecker(settings: settings, wordList: nil)
            .check(Array("P@rry!Kite4".utf8), context: CheckContext(userName: "lee.parry"))
        let message = verdict.violations.first { $0.rule == .username }?.message ?? ""
        #expect(message.contains("\"parry\""))
        #expect(!message.contains("Kite"))
        #expect(!message.contains("P@rry"))
    }

    @Test func usercheckOff() {
        #expect(!rules("Parry&Tide7", user: "lee.parry", { $0.userCheck = false }).contains(.username))
    }
}

@Suite struct PersonalInfoTests {
    @Test func fullNameParts() {
        #expect(rules("Sian#2023x", user: "shughes", fullName: "Sian Hughes") == [.personalInfo])
        #expect(rules("x#2023naiS", user: "shughes", fullName: "Sian Hughes") == [.personalInfo])
        #expect(rules("Wq#2023xz", user: "shughes", fullName: "Sian Hughes") == [])
    }

    @Test func personalWords() {
        let school: (inout Settings) -> Void = { $0.personalWords = ["Oakwood", "Rex"] }
        #expect(rules("0akw0od#2x", school) == [.personalInfo])
        #expect(rules("Tr3x!Bq9zw", school) == [.personalInfo])
        #expect(rules("Tr3y!Bq9zw", school) == [])
    }

    @Test func gecosFullName() {
        #expect(UserAccount.fullNameFromGECOS("Sian Hughes,Room 4,,") == "Sian Hughes")
        #expect(UserAccount.fullNameFromGECOS(",,,") == nil)
        #expect(UserAccount.lookup("root")?.uid == 0)
        #expect(UserAccount.lookup("no-such-user-passpolicy") == nil)
    }
}
