namespace IonSim.Tests.Experiments.Studies;

/// <summary>Small study files for the tests: few points, short twitches, so a run takes a second or two.</summary>
internal static class StudyFiles
{
    public static string Small(string design = """{ "kind": "grid", "levels": 2 }""", string parameters = "", string protocols = """[ { "kind": "twitch", "duration_ms": 80 }, { "kind": "rest" } ]""") => $$"""
        {
          "name": "small",
          "base": { "preset": "normal" },
          "parameters": [
            { "name": "FreeMagnesiumMillimolar", "distribution": "uniform", "min": 0.5, "max": 1.5 },
            { "name": "Serca.MaxRateMicromolarPerMs", "distribution": "log_uniform", "min": 4, "max": 9 }{{parameters}}
          ],
          "design": {{design}},
          "seed": 11,
          "protocols": {{protocols}}
        }
        """;
}
