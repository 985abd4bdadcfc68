using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IonSim.Experiments.Studies;

/// <summary>
/// The results of one shard of a study, as written to a part file: the study (in full, with its hash), the shard, the points
/// done so far and whether the shard is complete. A run writes its part again, whole and atomically, as it goes; a re-run
/// reads it and skips those points; a merge checks every part before it uses any.
/// </summary>
/// <remarks>The file is JSON Lines: a header line, one line per point ({"i": index, "o": [outputs, null for NaN], "f": failure}),
/// and an end line holding the count, the completeness and the SHA-256 of every byte before it, so a truncated or altered file
/// is found rather than merged.</remarks>
public sealed record StudyPart
{
    private const string Format = "ionsim-study-part";
    private const int FormatVersion = 1;

    /// <summary>Gets the study's hash.</summary>
    public required string StudyHash { get; init; }

    /// <summary>Gets the study's canonical JSON (<see cref="Study.ToJson"/>), from which a merge rebuilds every point.</summary>
    public required string StudyJson { get; init; }

    /// <summary>Gets the shard.</summary>
    public required Shard Shard { get; init; }

    /// <summary>Gets the points done, in increasing index order.</summary>
    public required IReadOnlyList<StudyPointResult> Results { get; init; }

    /// <summary>Gets whether every point of the shard is done.</summary>
    public required bool IsComplete { get; init; }

    /// <summary>Writes the part.</summary>
    /// <param name="stream">Where to write.</param>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var buffer = new MemoryStream();
        void Line(Action<Utf8JsonWriter> write)
        {
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                write(writer);
            }

            buffer.WriteByte((byte)'\n');
            hash.AppendData(buffer.GetBuffer(), 0, (int)buffer.Length);
            stream.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        Line(w =>
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteNumber("version", FormatVersion);
            w.WriteString("study_hash", StudyHash);
            w.WriteNumber("shard", Shard.Index);
            w.WriteNumber("shards", Shard.Count);
            w.WritePropertyName("study");
            w.WriteRawValue(StudyJson);
            w.WriteEndObject();
        });

        foreach (StudyPointResult result in Results)
        {
            Line(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("i", result.Index);
                w.WriteStartArray("o");
                foreach (double value in result.Outputs)
                {
                    if (double.IsFinite(value))
                    {
                        w.WriteNumberValue(value);
                    }
                    else
                    {
                        w.WriteNullValue();
                    }
                }

                w.WriteEndArray();
                if (result.Failure is null)
                {
                    w.WriteNull("f");
                }
                else
                {
                    w.WriteString("f", result.Failure);
                }

                w.WriteEndObject();
            });
        }

        string digest = Convert.ToHexStringLower(hash.GetCurrentHash());
        Line(w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("end", true);
            w.WriteBoolean("complete", IsComplete);
            w.WriteNumber("points", Results.Count);
            w.WriteString("sha256", digest);
            w.WriteEndObject();
        });
    }

    /// <summary>Reads and checks a part.</summary>
    /// <param name="stream">The part file's bytes.</param>
    /// <returns>The part.</returns>
    /// <exception cref="InvalidDataException">Not a part file, truncated, altered, or inconsistent; the message says which.</exception>
    public static StudyPart Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), false, 1 << 16);
        string? headerLine;
        try
        {
            headerLine = reader.ReadLine();
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException("it is not a part file (not UTF-8 text)");
        }

        JsonObject header = Parse(headerLine, 1) ?? throw new InvalidDataException("it is empty; a part file starts with its header line");
        if (header["format"]?.GetValue<string>() != Format)
        {
            throw new InvalidDataException("it is not a study part file (no \"format\": \"ionsim-study-part\" header)");
        }

        if (header["version"]?.GetValue<int>() != FormatVersion)
        {
            throw new InvalidDataException($"it is a part file of format version {header["version"]?.ToJsonString()}, which this IonSim does not read");
        }

        hash.AppendData(Encoding.UTF8.GetBytes(headerLine + "\n"));
        string studyHash = header["study_hash"]?.GetValue<string>() ?? throw new InvalidDataException("its header has no study_hash");
        Shard shard;
        try
        {
            shard = new Shard(header["shard"]!.GetValue<int>(), header["shards"]!.GetValue<int>());
        }
        catch (Exception e) when (e is ArgumentException or NullReferenceException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException("its header names no valid shard");
        }

        string studyJson = header["study"]?.ToJsonString() ?? throw new InvalidDataException("its header holds no study");
        var results = new List<StudyPointResult>();
        int line = 1;
        while (true)
        {
            string? text;
            try
            {
                text = reader.ReadLine();
            }
            catch (DecoderFallbackException)
            {
                throw new InvalidDataException($"line {line + 1} is not UTF-8 text (the file is damaged)");
            }

            line++;
            JsonObject row = Parse(text, line) ?? throw new InvalidDataException($"it is truncated: it ends after line {line - 1} without its end line");
            if (row["end"] is not null)
            {
                string expected = Convert.ToHexStringLower(hash.GetCurrentHash());
                if (row["sha256"]?.GetValue<string>() != expected)
                {
                    throw new InvalidDataException("its checksum does not match its contents (the file was altered or damaged)");
                }

                if (row["points"]?.GetValue<int>() != results.Count)
                {
                    throw new InvalidDataException($"its end line counts {row["points"]?.ToJsonString()} points but the file holds {results.Count}");
                }

                if (reader.ReadLine() is { Length: > 0 })
                {
                    throw new InvalidDataException($"it has data after its end line (line {line})");
                }

                return new StudyPart
                {
                    StudyHash = studyHash,
                    StudyJson = studyJson,
                    Shard = shard,
                    Results = results,
                    IsComplete = row["complete"]?.GetValue<bool>() ?? false,
                };
            }

            hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
            results.Add(Point(row, line));
        }
    }

    private static StudyPointResult Point(JsonObject row, int line)
    {
        try
        {
            long index = row["i"]!.GetValue<long>();
            double[] outputs = [.. row["o"]!.AsArray().Select(v => v is null ? double.NaN : v.GetValue<double>())];
            string? failure = row["f"]?.GetValue<string>();
            return new StudyPointResult(index, outputs, failure);
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or FormatException or JsonException)
        {
            throw new InvalidDataException($"line {line} is not a point result (the file is damaged)");
        }
    }

    private static JsonObject? Parse(string? text, int line)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new InvalidDataException($"line {line} is not a JSON object (the file is damaged)");
        }
        catch (JsonException)
        {
            throw new InvalidDataException($"line {line} is not valid JSON (the file is damaged or truncated)");
        }
    }
}
