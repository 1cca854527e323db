import JobFitCore
import Testing

/// Ambiguous skill names in realistic posting sentences: whether the shipped taxonomy and the
/// extractor count them ("Go" the language) or leave them out ("go live", "Go above and beyond").
///
/// A case that must not be counted passes when the skill is absent or only listed as unsure.
@Suite struct AmbiguityTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String
        var id: String
        var counted: Bool

        /// A sentence in which the skill must be counted.
        static func counts(_ sentence: String, _ id: String) -> Case {
            Case(sentence: sentence, id: id, counted: true)
        }

        /// A sentence in which the skill must not be counted.
        static func ignores(_ sentence: String, _ id: String) -> Case {
            Case(sentence: sentence, id: id, counted: false)
        }

        var testDescription: String {
            let shown = sentence.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n")
            return "\(counted ? "counts" : "ignores") \(id) in “\(shown)”"
        }
    }

    static let cases: [Case] = [
        // MARK: Go
        .counts("Our backend services are written in Go.", "go"),
        .counts("Experience with Golang and gRPC is required.", "go"),
        .counts("We are migrating our build tooling to Go 1.21.", "go"),
        .counts("Proficiency in Python, Go, or Java.", "go"),
        .counts("3+ years of experience writing production Go code.", "go"),
        .counts("You will build Kubernetes operators in Go.", "go"),
        .counts("Languages: Go, Python, TypeScript.", "go"),
        .counts("Experience with Go or Rust is a plus.", "go"),
        .counts("Go: 2 years (Preferred)", "go"),
        .ignores("Own the go-to-market plan for our new product line.", "go"),
        .ignores("Go-to-market experience for B2B SaaS products is a plus.", "go"),
        .ignores("Help the store go live with the new point-of-sale system.", "go"),
        .ignores("Go live support for the ERP rollout in March.", "go"),
        .ignores("Sales associates must be comfortable working on the go.", "go"),
        .ignores("Go above and beyond for our guests every day.", "go"),
        .ignores("Ready to Go? Apply today!", "go"),

        // MARK: R
        .counts("Strong statistical programming skills in R or Python.", "r"),
        .counts("Experience with R, SAS, or Stata for data analysis.", "r"),
        .counts("R programming experience is required.", "r"),
        .counts("Hands-on experience with R Studio and Git.", "r"),
        .counts("Perform statistical analysis in R.", "r"),
        .ignores("Partner with the R&D team to bring new formulations to market.", "r"),
        .ignores("Join our R&D team building computer vision software in Python and C++.", "r"),
        .ignores("Please send your resume to Mary R. Jones, HR Manager.", "r"),
        .ignores("Requisition ID: R-10452", "r"),

        // MARK: C
        .counts("Embedded firmware development in C and C++.", "c"),
        .counts("Experience with C, Python, and Rust.", "c"),
        .counts("Strong C programming skills for Linux kernel drivers.", "c"),
        .counts("Proficiency in C/C++ for embedded systems.", "c"),
        .counts("Write firmware in C for ARM Cortex-M microcontrollers.", "c"),
        .ignores("Applicants with a Grade C or above in GCSE Maths are welcome.", "c"),
        .ignores("Present findings to the C-suite and the board.", "c"),
        .ignores("Class C driver's license required.", "c"),
        .ignores("Maintain freezers at -80 °C and log temperatures daily.", "c"),
        .ignores("Screen patients for hepatitis B and C.", "c"),
        .ignores("Join our R&D team building computer vision software in Python and C++.", "c"),
        .ignores("Objective-C experience for our legacy iOS code.", "c"),
        .ignores("Modern C++17 and STL experience.", "c"),

        // MARK: D
        .counts("Systems programming in D or C++.", "d"),
        .counts("Experience with the D programming language.", "d"),
        .counts("Experience with dlang is a plus.", "d"),
        .counts("Experience with D, Rust, or C++.", "d"),
        .ignores("Partner with the R&D team to bring new formulations to market.", "d"),
        .ignores("Join our R&D team building computer vision software in Python and C++.", "d"),
        .ignores("Inspect Class A, B, C, and D fire extinguishers monthly.", "d"),
        .ignores("Candidates with a Ph.D. in Computer Science are preferred.", "d"),

        // MARK: Swift
        .counts("Build iOS apps in Swift and SwiftUI.", "swift"),
        .counts("Strong knowledge of Swift, Objective-C, and Xcode.", "swift"),
        .counts("Swift 5.9 concurrency experience is a plus.", "swift"),
        .ignores("We value a swift response to customer inquiries.", "swift"),
        .ignores("Swift resolution of customer complaints is expected.", "swift"),
        .ignores("Experience with SWIFT payment messaging and ISO 20022.", "swift"),
        .ignores("Swift Transportation is hiring CDL drivers.", "swift"),

        // MARK: Rust
        .counts("Experience with Rust, Go, or C++ is required.", "rust"),
        .counts("Rust and WebAssembly experience for our browser engine.", "rust"),
        .counts("Experience with Go or Rust is a plus.", "rust"),
        .counts("Write performance-critical services in Rust.", "rust"),
        .ignores("Rust removal and repainting of steel railings.", "rust"),
        .ignores("Rust prevention and corrosion control on fleet vehicles.", "rust"),
        .ignores("Inspect tanks for rust, corrosion, and leaks.", "rust"),

        // MARK: Ruby
        .counts("Experience with Ruby and PostgreSQL.", "ruby"),
        .counts("Write clean Ruby code for our billing platform.", "ruby"),
        .counts("Ruby 3.2 and Sidekiq experience.", "ruby"),
        .counts("Maintain our Ruby on Rails monolith.", "ruby-on-rails"),
        .ignores("Knowledge of gemstones such as Ruby, Sapphire, and Emerald.", "ruby"),
        .ignores("Ruby Tuesday is hiring servers and line cooks.", "ruby"),
        .ignores("Contact Ruby Chen in Talent Acquisition with questions.", "ruby"),

        // MARK: Spring
        .counts("Build REST APIs with Java and Spring.", "spring"),
        .counts("Spring Framework, Hibernate, and JPA experience.", "spring"),
        .counts("Hands-on experience with Spring Boot microservices.", "spring-boot"),
        .counts("Java/Spring Boot developer for our payments team.", "spring-boot"),
        .ignores("Seasonal landscaping crew needed for spring and summer.", "spring"),
        .ignores("Spring semester internship for undergraduate students.", "spring"),
        .ignores("Spring hiring event for our warehouse team.", "spring"),
        .ignores("Spring 2025 Software Engineering Internship", "spring"),

        // MARK: Express
        .counts("Build Node.js APIs with Express and MongoDB.", "expressjs"),
        .counts("Experience with Express.js and TypeScript.", "expressjs"),
        .counts("MERN stack: MongoDB, Express, React, Node.", "expressjs"),
        .ignores("Please express interest by submitting your resume.", "expressjs"),
        .ignores("Express your ideas clearly in writing and in meetings.", "expressjs"),
        .ignores("Express Employment Professionals is hiring forklift operators.", "expressjs"),

        // MARK: React
        .counts("Build user interfaces with React and TypeScript.", "react"),
        .counts("Experience with React.js, Redux, and Jest.", "react"),
        .counts("ReactJS experience required.", "react"),
        .counts("Frontend developer with strong React skills.", "react"),
        .ignores("React to security incidents and escalate as needed.", "react"),
        .ignores("Respond and react quickly to changing customer needs.", "react"),
        .ignores("Experience with reactive programming (RxJava) is a plus.", "react"),
        .ignores("React quickly to production outages during on-call shifts.", "react"),

        // MARK: LESS
        .counts("Style components with CSS, Sass, and LESS.", "less"),
        .counts("Experience with CSS preprocessors such as Less or Sass.", "less"),
        .ignores("Guaranteed response time of less than 24 hours.", "less"),
        .ignores("Less than 10% travel required.", "less"),
        .ignores("Do more with less: we run a lean operation.", "less"),
        .ignores("Agile at scale: SAFe, LeSS, or Nexus.", "less"),

        // MARK: Make
        .counts("Familiarity with make, CMake, and Bazel build systems.", "makefile"),
        .counts("Write Makefiles and shell scripts for the build.", "makefile"),
        .counts("GNU Make experience is a plus.", "makefile"),
        .ignores("Make decisions quickly with incomplete information.", "makefile"),
        .ignores("You will make decisions about our API roadmap.", "makefile"),
        .ignores("Help us make a difference in our community.", "makefile"),
        .ignores("You make sure every code change is reviewed before release.", "makefile"),

        // MARK: Chef
        .counts("Configuration management with Chef, Puppet, or Ansible.", "chef"),
        .counts("Write Chef cookbooks to automate server provisioning.", "chef"),
        .ignores("Sous Chef needed for our downtown restaurant.", "chef"),
        .ignores("Work alongside the Executive Chef to plan seasonal menus.", "chef"),
        .ignores("The Chef will manage kitchen staff and food costs.", "chef"),

        // MARK: Puppet
        .counts("Experience with Puppet or Ansible for configuration management.", "puppet"),
        .counts("Maintain Puppet manifests for our Linux fleet.", "puppet"),
        .ignores("Lead puppet shows and story time at the library.", "puppet"),
        .ignores("Puppet shows, crafts, and story times for the children's library.", "puppet"),
        .ignores("Puppet Theater seeks part-time performers.", "puppet"),

        // MARK: Salt
        .counts("Experience with SaltStack or Ansible.", "saltstack"),
        .counts("Automate server configuration using Salt and Python.", "saltstack"),
        .ignores("Spread salt on walkways during winter storms.", "saltstack"),
        .ignores("Location: Salt Lake City, Utah", "saltstack"),
        .ignores("Software engineers in our Salt Lake City office work with Python and AWS.", "saltstack"),

        // MARK: Access
        .counts("Proficient in Microsoft Access and Excel.", "microsoft-access"),
        .counts("Build queries and reports in MS Access.", "microsoft-access"),
        .counts("Advanced Excel and Access skills required.", "microsoft-access"),
        .ignores("Employees have access to a 401(k) plan with company match.", "microsoft-access"),
        .ignores("Access to a reliable vehicle is required.", "microsoft-access"),
        .ignores("Access to the office requires a security badge.", "microsoft-access"),

        // MARK: Excel
        .counts("Advanced Excel skills, including pivot tables and VLOOKUP.", "microsoft-excel"),
        .counts("Proficiency in Microsoft Excel is required.", "microsoft-excel"),
        .counts("Strong skills in EXCEL and PowerPoint.", "microsoft-excel"),
        .counts("Build financial models in Excel.", "microsoft-excel"),
        .ignores("Candidates who excel at problem solving will thrive here.", "microsoft-excel"),
        .ignores("Excel in a fast-paced, team-oriented environment.", "microsoft-excel"),
        .ignores("Excel at building relationships with clients.", "microsoft-excel"),
        .ignores("Excellent communication skills.", "microsoft-excel"),

        // MARK: Word
        .counts("Proficient in Microsoft Word, Excel, and Outlook.", "microsoft-word"),
        .counts("Strong MS Word skills required.", "microsoft-word"),
        .counts("Prepare documents using Word and Excel.", "microsoft-word"),
        .counts("Type letters in Word and maintain spreadsheets.", "microsoft-word"),
        .ignores("Much of our business comes from word of mouth.", "microsoft-word"),
        .ignores("Word of mouth referrals drive our business.", "microsoft-word"),
        .ignores("Type at least 45 words per minute.", "microsoft-word"),

        // MARK: Shell
        .counts("Strong Linux and shell scripting skills.", "shell-scripting"),
        .counts("Automate tasks using Python and Shell.", "shell-scripting"),
        .counts("Write shell scripts to automate backups.", "shell-scripting"),
        .counts("Automate deployments with Bash and Python scripts.", "bash"),
        .ignores("Shell is hiring a process safety engineer for its refinery.", "shell-scripting"),
        .ignores("Cashier needed at the Shell station on Main Street.", "shell-scripting"),
        .ignores("Shell plc is seeking a data engineer with Python and SQL skills.", "shell-scripting"),

        // MARK: SAFe
        .counts("Experience working in a SAFe environment.", "safe"),
        .counts("Certified in Scaled Agile Framework (SAFe).", "safe"),
        .counts("Agile at scale: SAFe, LeSS, or Nexus.", "safe"),
        .counts("SAFe Agilist certification is a plus.", "safe-agilist"),
        .ignores("We maintain a safe and inclusive work environment.", "safe"),
        .ignores("Safe lifting practices are required.", "safe"),
        .ignores("SAFE WORK PRACTICES ARE MANDATORY.", "safe"),

        // MARK: Ember, Meteor, Backbone
        .counts("Experience with Ember.js or Angular.", "emberjs"),
        .counts("Maintain our Ember front end alongside a Rails API.", "emberjs"),
        .ignores("Ember Hospitality Group is hiring servers.", "emberjs"),
        .counts("Build real-time apps with Meteor and MongoDB.", "meteor"),
        .counts("Experience with Meteor.js is a plus.", "meteor"),
        .ignores("Meteor Education is hiring classroom consultants.", "meteor"),
        .ignores("Host meteor shower nights for the planetarium.", "meteor"),
        .counts("Our legacy code uses Backbone.js and jQuery.", "backbonejs"),
        .counts("Migrate our Backbone views to React.", "backbonejs"),
        .ignores("Our drivers are the backbone of our company.", "backbonejs"),
        .ignores("Backbone Construction LLC is hiring carpenters.", "backbonejs"),

        // MARK: Flask
        .counts("Build APIs in Python with Flask or FastAPI.", "flask"),
        .counts("Experience with Flask and SQLAlchemy.", "flask"),
        .ignores("Rinse each flask and pipette after use.", "flask"),
        .ignores("Flask sterilization and glassware washing are daily duties.", "flask"),

        // MARK: Elm, Dart, Julia, Scala
        .counts("Our frontend is written in Elm.", "elm"),
        .counts("Experience with Haskell, Elm, or PureScript.", "elm"),
        .ignores("Elm Street Elementary School is hiring a teacher.", "elm"),
        .ignores("Our clinic is located at 200 Elm Avenue.", "elm"),
        .counts("Build mobile apps with Flutter and Dart.", "dart"),
        .counts("Dart programming experience is required.", "dart"),
        .ignores("DART bus operators must hold a valid CDL.", "dart"),
        .ignores("Dart Container is hiring machine operators.", "dart"),
        .counts("Numerical computing in Julia, Python, or MATLAB.", "julia"),
        .counts("Experience with the Julia language.", "julia"),
        .ignores("Report to Julia Martinez, Director of Operations.", "julia"),
        .counts("Build data pipelines with Scala and Apache Spark.", "scala"),
        .counts("Proficiency in Java or Scala.", "scala"),
        .counts("Functional programming in Scala.", "scala"),
        .ignores("Scala Pizzeria is hiring line cooks and delivery drivers.", "scala"),

        // MARK: Java
        .counts("Strong Java and Spring experience.", "java"),
        .counts("Java 17 experience required.", "java"),
        .ignores("Java House Coffee is hiring baristas.", "java"),
        .ignores("Travel to our tea estates in Java and Sumatra.", "java"),

        // MARK: Generic words: testing, security, cloud
        .counts("Software testing experience with Selenium.", "software-testing"),
        .ignores("All candidates must pass a background check and drug testing.", "software-testing"),
        .ignores("Testing of water samples for lead and bacteria.", "software-testing"),
        .ignores("Run A/B testing on landing pages and email campaigns.", "software-testing"),
        .counts("Experience in information security and risk management.", "information-security"),
        .ignores("Provide security for the building lobby and parking garage.", "information-security"),
        .ignores("Job security and a great benefits package.", "cybersecurity"),
        .counts("Experience with cloud platforms such as AWS or Azure.", "cloud-computing"),
        .ignores("Use cloud-based accounting software such as QuickBooks.", "cloud-computing"),
        .ignores("Our office has a cloud-based phone system.", "cloud-computing"),

        // MARK: Technical tokens
        .counts("Strong C++ skills for low-latency trading systems.", "cpp"),
        .counts("Modern C++17 and STL experience.", "cpp"),
        .counts("Proficiency in C/C++ for embedded systems.", "cpp"),
        .counts("Build services in C# and .NET.", "csharp"),
        .counts("Build services in C# and .NET.", "dotnet"),
        .counts("Experience with C#.NET web services.", "csharp"),
        .counts("F# experience is a plus.", "fsharp"),
        .counts("Strong .NET Core background.", "dotnet"),
        .counts("Develop ASP.NET MVC web applications.", "aspnet"),
        .counts("Node.js and Vue.js experience.", "nodejs"),
        .counts("Node.js and Vue.js experience.", "vuejs"),
        .counts("Maintain CI/CD pipelines in GitHub Actions.", "ci-cd"),
        .counts("Knowledge of TCP/IP, DNS, and DHCP.", "tcp-ip"),
        .counts("Write PL/SQL stored procedures in Oracle.", "plsql"),
        .counts("UI/UX design experience with Figma.", "user-interface-design"),
        .counts("Run A/B testing on landing pages and email campaigns.", "a-b-testing"),
        .counts("Store files in S3 and run workloads on EC2.", "amazon-s3"),
        .counts("Store files in S3 and run workloads on EC2.", "amazon-ec2"),
        .counts("Objective-C experience for our legacy iOS code.", "objective-c"),

        // MARK: Synonyms and spellings
        .counts("Deploy and operate services on k8s.", "kubernetes"),
        .counts("Experience with K8s and Helm.", "kubernetes"),
        .counts("Experience with Postgres and Redis.", "postgresql"),
        .counts("Senior backend engineer for our payments platform.", "back-end-development"),
        .counts("Strong back-end development skills.", "back-end-development"),
        .counts("Senior back-end engineer for our payments platform.", "back-end-development"),
        .counts("Senior back end engineer for our payments platform.", "back-end-development"),
        .counts("Design and build REST APIs.", "rest-api"),
        .counts("Design and build a REST API.", "rest-api"),
        .counts("Experience with RESTful APIs.", "rest-api"),
        .counts("Plan and run email marketing campaigns.", "email-marketing"),
        .counts("Plan and run e-mail marketing campaigns.", "email-marketing"),
        .counts("Manage e-mail correspondence for the executive team.", "email-management"),

        // MARK: Line-break hyphens from PDFs
        .counts(
            "Five years of experience in professional software develop-\nment for regulated medical devices.",
            "software-development"),
        .counts(
            "Experience deploying and operating containerized workloads on Kuber-\nnetes clusters in production.",
            "kubernetes"),
        .counts(
            "Strong background in relational databases and query tuning, especially Post-\ngreSQL and MySQL.",
            "postgresql"),
        .counts("Software develop-\nment", "software-development"),
    ]

    @Test(arguments: cases)
    func ambiguousTerm(_ example: Case) throws {
        let posting = try JobPostingParser().parse(Array(example.sentence.utf8), source: "case.txt", format: .text)
        let extraction = SkillExtractor().extract(posting)
        // Broad areas ("back-end development") are found as well, only listed apart.
        let counted = extraction.skillsAndBroadAreas.map(\.id)
        let unsure = extraction.unsure.map(\.id)
        if let reason = Self.knownIssues[example.testDescription] {
            withKnownIssue(Comment(rawValue: reason)) {
                #expect(counted.contains(example.id) == example.counted, "counted: \(counted), unsure: \(unsure)")
            }
            return
        }
        #expect(
            counted.contains(example.id) == example.counted,
            "counted: \(counted), unsure: \(unsure)")
    }

    /// Cases the rules do not get right yet, with why; each still runs and is reported.
    static let knownIssues: [String: String] = [:]

    @Test func everyCaseNamesASkillOfTheTaxonomy() {
        let unknown = Set(Self.cases.map(\.id)).filter { Taxonomy.standard[$0] == nil }
        #expect(unknown.isEmpty, "unknown ids: \(unknown.sorted())")
    }
}
