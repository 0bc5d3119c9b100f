import Foundation
import Dispatch

/// How to run a pipeline: what the command line adds to or overrides in the pipeline file.
public struct RunOptions: Sendable {
    /// Worker threads for document stages; output is identical for any value.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Treat any skipped input as an error: stop, write nothing.
    public var strict = false
    /// Input paths replacing the pipeline file's (relative to the current folder).
    public var inputs: [String]? = nil
    /// Output path replacing the pipeline file's; `-` is stdout.
    public var output: String? = nil
    /// Report path replacing the pipeline file's; empty for none.
    public var report: String? = nil
    public var showProgress = true
    /// Documents kept in memory between the passes of corpus stages; beyond it they go to disk.
    public var spoolMemoryBytes = 1 << 30
    /// Keep removed lines in memory for the caller (`scour explain`).
    public var collectRemovals = false
    /// Keep the output documents in memory and write no files at all (`scour explain`, tests).
    public var collectDocuments = false
    /// Called for each skipped input, for the CLI to print.
    public var onSkip: (@Sendable (InputError) -> Void)? = nil

    public init() {}
}

/// A run that could not go on.
public struct RunError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var exitCode: Int32
    public init(_ message: String, exitCode: Int32 = 1) { self.message = message; self.exitCode = exitCode }
    public var description: String { message }
}

/// What a run produced, for callers that want documents rather than files (`scour explain`, tests).
public struct RunResult: Sendable {
    public var report: RunReport
    /// Per document id: removed lines with their stage and rule (only with `collectRemovals`).
    public var removals: [String: [(stage: String, removal: StageLog.Removal)]] = [:]
    /// The output documents (only with `collectDocuments`).
    public var documents: [Document] = []
}

/// Runs a pipeline over its inputs: document stages in parallel chunks, corpus stages as an
/// observe pass followed by an apply pass, output in input order whatever the number of jobs.
///
/// Memory is bounded by one batch of documents in flight plus the spool between passes, which
/// keeps documents in memory up to a budget and writes the rest to a temporary file.
public final class PipelineRunner {
    let pipeline: Pipeline
    let options: RunOptions
    /// Documents per task: small enough to balance two cores, large enough to amortize scheduling.
    static let chunkSize = 32
    static let batchBytes = 64 << 20

    public init(pipeline: Pipeline, options: RunOptions) {
        self.pipeline = pipeline
        self.options = options
    }

    private func cwdPath(_ path: String) -> String {
        path == "-" || path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    public func run() throws -> RunResult {
        let clock = ContinuousClock()
        let started = clock.now
        let inputPaths = options.inputs.map { $0.map(cwdPath) } ?? pipeline.input.paths.map { $0 == "-" ? "-" : pipeline.resolve($0).path }
        let outputPath = options.output.map(cwdPath) ?? (pipeline.output.path == "-" ? "-" : pipeline.resolve(pipeline.output.path).path)
        // The pipeline file's side outputs (report, removed lines, summaries) go beside an output
        // given on the command line, so that running one pipeline over another corpus never
        // overwrites the side files of the corpus the pipeline file names.
        let movedTo: URL? = options.output == nil || outputPath == "-" ? nil : URL(fileURLWithPath: outputPath).deletingLastPathComponent()
        func sidePath(_ setting: String) -> String {
            movedTo.map { $0.appendingPathComponent(URL(fileURLWithPath: setting).lastPathComponent).path } ?? pipeline.resolve(setting).path
        }
        let reportSetting = options.report ?? pipeline.output.report
        let reportPath: String? = reportSetting.isEmpty ? nil : (options.report != nil ? cwdPath(reportSetting) : sidePath(reportSetting))
        let auditPath: String? = pipeline.output.removed.isEmpty || options.collectDocuments
            ? nil : sidePath(pipeline.output.removed)
        let summariesPath: String? = pipeline.output.summaries.isEmpty || options.collectDocuments
            ? nil : sidePath(pipeline.output.summaries)

        let files: [InputFile]
        do {
            files = try InputFiles.scan(inputPaths, format: pipeline.input.format)
        } catch let error as InputError {
            throw RunError("input \(error.source): \(error.reason)", exitCode: 2)
        }
        let outputs = [outputPath, reportPath, auditPath].compactMap { $0 }.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        for file in files where !file.isStdin && outputs.contains(URL(fileURLWithPath: file.path).standardizedFileURL.path) {
            throw RunError("output \(file.path) is also an input; Scour never overwrites its inputs", exitCode: 2)
        }

        let outputDirectory = outputPath == "-" ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            : URL(fileURLWithPath: outputPath).deletingLastPathComponent()
        let context = StageContext(baseDirectory: pipeline.baseDirectory, outputDirectory: outputDirectory, writesToStdout: outputPath == "-" || options.collectDocuments)
        let built = pipeline.buildStages(context: context)
        if !built.problems.isEmpty {
            throw RunError(built.problems.map(\.description).joined(separator: "\n"), exitCode: 2)
        }
        let stages = built.stages

        var report = RunReport()
        report.outputPath = outputPath == "-" ? "stdout" : outputPath
        report.stages = stages.map { StageStats(name: $0.name) }
        let output = options.collectDocuments ? nil : try AtomicFile(path: outputPath)
        var collected: [Document] = []
        let audit = try auditPath.map { try AtomicFile(path: $0) }
        var removals: [String: [(stage: String, removal: StageLog.Removal)]] = [:]

        // Split the stage list at each corpus stage: every pass ends by observing for the next
        // corpus stage (or by writing the output) and starts by applying the previous one's plan.
        var passes: [Pass] = []
        var current = Pass()
        for (index, stage) in stages.enumerated() {
            switch stage {
            case .document(let name, let process): current.steps.append((index, name, process))
            case .corpus(let box):
                current.observer = (index, box)
                passes.append(current)
                current = Pass()
                current.applier = (index, box)
            }
        }
        passes.append(current)

        let reader = DocumentReader(files: files, maxFileBytes: pipeline.input.maxFileMB << 20)
        var source: DocumentSource = reader
        let progress = Progress(enabled: options.showProgress, totalBytes: files.reduce(0) { $0 + $1.size })
        let keepRemovals = audit != nil || options.collectRemovals
        var plan: (any Sendable)? = nil

        for (passIndex, var pass) in passes.enumerated() {
            pass.plan = plan
            let isLast = passIndex == passes.count - 1
            let passLabel = passes.count > 1 ? "pass \(passIndex + 1)/\(passes.count)" : "scour"
            let spool: Spool? = isLast ? nil : Spool(path: outputDirectory.path + "/.scour-spool-\(getpid())-\(passIndex).jsonl",
                                                     memoryBudget: options.spoolMemoryBytes)
            var summary: (any CorpusSummary)? = pass.observer.map { $0.1.emptySummary() }
            var documentsSeen = 0

            while true {
                // Read one batch sequentially.
                var batch: [Document] = []
                var batchBytes = 0
                let wanted = max(1, options.jobs) * 8 * Self.chunkSize
                while batch.count < wanted, batchBytes < Self.batchBytes, let event = source.next() {
                    switch event {
                    case .document(let document):
                        batchBytes += document.text.utf8.count + (document.markup?.count ?? 0)
                        batch.append(document)
                    case .skipped(let error):
                        if options.strict {
                            throw RunError("\(error.source): \(error.reason) (stopped because of --strict; nothing written)", exitCode: 3)
                        }
                        report.skip(error)
                        options.onSkip?(error)
                    }
                }
                if batch.isEmpty { break }
                if passIndex == 0 { report.documentsRead += batch.count }
                documentsSeen += batch.count

                let results = Self.process(batch, pass: pass, stageCount: stages.count, jobs: options.jobs, keepRemovals: keepRemovals,
                                           summary: &summary)
                for result in results {
                    for (index, stats) in result.stats.enumerated() where stats.documentsIn > 0 || stats.seconds > 0 {
                        report.stages[index].merge(stats)
                    }
                    if let spool {
                        try spool.append(result.kept)
                    } else {
                        var writer = JSONWriter(capacity: 1 << 16)
                        for document in result.kept { RecordCoding.outputLine(document, into: &writer) }
                        report.documentsWritten += result.kept.count
                        try output?.write(writer.bytes)
                        if options.collectDocuments { collected += result.kept }
                    }
                    if let audit, !result.audit.isEmpty { try audit.write(result.audit) }
                    if options.collectRemovals {
                        for (id, items) in result.removals { removals[id, default: []] += items }
                    }
                }
                progress.update(pass: passLabel, documents: documentsSeen, bytes: source.bytesRead)
            }
            if passIndex == 0 {
                report.files = reader.filesRead
                report.bytesRead = reader.bytesRead
                report.invalidUTF8Replaced = reader.invalidUTF8
            }
            if let (index, observer) = pass.observer, let summary {
                let planStart = clock.now
                do {
                    plan = try observer.plan(from: summary)
                } catch {
                    throw RunError("stage \(observer.name): \(error)")
                }
                report.stages[index].seconds += (clock.now - planStart).seconds
                if let summariesPath {
                    let name = String(format: "%02d-%@.json", index, observer.name)
                    try AtomicFile.write(Array(try observer.encode(summary)) + [0x0A], to: summariesPath + "/" + name)
                }
                source = try spool!.drain()
            }
        }
        progress.finish()
        try output?.commit()
        try audit?.commit()
        report.bytesWritten = output?.bytesWritten ?? 0
        report.seconds = (clock.now - started).seconds
        if let reportPath {
            try AtomicFile.write(JSONWriter.prettyBytes(of: report.json), to: reportPath)
        }
        return RunResult(report: report, removals: removals, documents: collected)
    }

    /// The stages one pass runs over each document.
    struct Pass: @unchecked Sendable {
        var applier: (Int, any ErasedCorpusStage)? = nil
        var plan: (any Sendable)? = nil
        var steps: [(Int, String, @Sendable (inout Document, inout StageLog) -> Verdict)] = []
        var observer: (Int, any ErasedCorpusStage)? = nil
    }

    struct ChunkResult {
        var kept: [Document] = []
        var stats: [StageStats]
        var audit: [UInt8] = []
        var removals: [String: [(stage: String, removal: StageLog.Removal)]] = [:]
    }

    /// Processes a batch in chunks on `jobs` threads; results come back in input order, and the
    /// pass's observer (if any) has seen the kept documents in input order in `summary`.
    static func process(_ batch: [Document], pass: Pass, stageCount: Int, jobs: Int, keepRemovals: Bool,
                        summary: inout (any CorpusSummary)?) -> [ChunkResult] {
        let chunks = stride(from: 0, to: batch.count, by: chunkSize).map { $0..<min($0 + chunkSize, batch.count) }
        if jobs <= 1 || chunks.count == 1 {
            // One thread observes into the running summary itself: a summary per chunk and its
            // merge cost as much as the observing on small corpora (tables allocated, zeroed,
            // walked). Merging is order-preserving addition, so the summary comes out the same.
            return chunks.map { processChunk(batch[$0], pass: pass, stageCount: stageCount, keepRemovals: keepRemovals, summary: &summary) }
        }
        let slots = ResultSlots<(ChunkResult, (any CorpusSummary)?)>(count: chunks.count)
        let work: @Sendable (Int) -> Void = { k in
            var part = pass.observer.map { $0.1.emptySummary() }
            let result = processChunk(batch[chunks[k]], pass: pass, stageCount: stageCount, keepRemovals: keepRemovals, summary: &part)
            slots.set(k, (result, part))
        }
        // concurrentPerform uses one thread per core; a smaller --jobs is honoured by striding.
        let workers = min(jobs, chunks.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for k in stride(from: worker, to: chunks.count, by: workers) { work(k) }
        }
        let values = slots.values
        if let observer = pass.observer {
            for case (_, let part?) in values { observer.1.merge(&summary!, with: part) }
        }
        return values.map(\.0)
    }

    static func processChunk(_ documents: ArraySlice<Document>, pass: Pass, stageCount: Int, keepRemovals: Bool,
                             summary: inout (any CorpusSummary)?) -> ChunkResult {
        var result = ChunkResult(stats: (0..<stageCount).map { _ in StageStats(name: "") })
        let clock = ContinuousClock()
        var audit = JSONWriter()
        for var document in documents {
            var kept = true
            func run(_ index: Int, _ name: String, _ body: (inout Document, inout StageLog) -> Verdict) {
                result.stats[index].documentsIn += 1
                var log = StageLog(keepsRemovals: keepRemovals)
                let start = clock.now
                let verdict = body(&document, &log)
                result.stats[index].seconds += (clock.now - start).seconds
                result.stats[index].record(log)
                if !log.counts.isEmpty { document.metadata.changes.append((name, log.counts)) }
                if keepRemovals {
                    for removal in log.removals {
                        audit.raw("{\"id\":"); audit.string(document.id)
                        audit.raw(",\"source\":"); audit.string(document.source)
                        audit.raw(",\"stage\":"); audit.string(name)
                        audit.raw(",\"rule\":"); audit.string(removal.rule)
                        audit.raw(",\"line\":"); audit.string(removal.text)
                        audit.raw("}\n")
                        result.removals[document.id, default: []].append((name, removal))
                    }
                }
                switch verdict {
                case .keep: result.stats[index].documentsOut += 1
                case .drop(let reason):
                    StageStats.add(&result.stats[index].dropped, reason, 1)
                    if keepRemovals {
                        audit.raw("{\"id\":"); audit.string(document.id)
                        audit.raw(",\"source\":"); audit.string(document.source)
                        audit.raw(",\"stage\":"); audit.string(name)
                        audit.raw(",\"dropped\":"); audit.string(reason)
                        audit.raw("}\n")
                    }
                    kept = false
                }
            }
            if let (index, box) = pass.applier, let plan = pass.plan {
                run(index, box.name) { document, log in box.apply(&document, plan: plan, log: &log) }
            }
            for (index, name, process) in pass.steps where kept {
                run(index, name) { document, log in process(&document, &log) }
            }
            guard kept else { continue }
            if let (index, observer) = pass.observer {
                let start = clock.now
                observer.observe(document, into: &summary!)
                result.stats[index].seconds += (clock.now - start).seconds
            }
            document.lineFacts = nil
            result.kept.append(document)
        }
        result.audit = audit.bytes
        return result
    }
}

/// Fixed slots that parallel workers fill at distinct indices.
final class ResultSlots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: T) { lock.lock(); storage[index] = value; lock.unlock() }
    var values: [T] { storage.map { $0! } }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
