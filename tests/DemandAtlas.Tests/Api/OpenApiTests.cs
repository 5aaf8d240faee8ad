using System.Text.Json;
using DemandAtlas.Testing;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Pages.Jurisdictions;
using DemandAtlas.Web.Pages.Operations;

namespace DemandAtlas.Tests.Api;

public sealed class OpenApiTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private async Task<string> DocumentAsync() =>
        await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

    [Fact]
    public async Task The_document_describes_itself_and_every_operation_and_parameter()
    {
        using var json = JsonDocument.Parse(await DocumentAsync());
        var root = json.RootElement;

        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("info").GetProperty("description").GetString()));
        var operations = root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name.ToUpperInvariant()} {path.Name}", Operation: op.Value)))
            .ToList();
        Assert.Contains(operations, o => o.Name == "GET /api/jurisdictions");
        Assert.Contains(operations, o => o.Name == "GET /jurisdictions.csv");
        var ids = new List<string>();
        foreach (var (name, operation) in operations)
        {
            ids.Add(Text(operation, "operationId", name));
            Text(operation, "summary", name);
            Text(operation, "description", name);
            foreach (var parameter in operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : default)
            {
                Text(parameter, "description", $"{name} parameter {parameter.GetProperty("name").GetString()}");
            }
        }

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("/api/jurisdictions", false)]
    [InlineData("/jurisdictions.csv", false)]
    [InlineData("/api/operations", true)]
    [InlineData("/operations.csv", true)]
    public async Task The_list_endpoints_list_every_filter_field_as_a_described_query_parameter(string path, bool operations)
    {
        using var json = JsonDocument.Parse(await DocumentAsync());
        var parameters = json.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();
        var fields = operations
            ? OperationFilterFields.All.Select(f => (f.Key, f.Description, f.Repeats))
            : JurisdictionFilterFields.All.Select(f => (f.Key, f.Description, f.Repeats));

        Assert.Equal(
            fields.Select(f => (f.Key, "query", f.Description, f.Repeats ? "array" : "string")),
            parameters.Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, p.GetProperty("description").GetString()!, p.GetProperty("schema").GetProperty("type").GetString()!)));
    }

    [SkippableFact]
    public async Task Spectral_finds_nothing_to_report_with_the_oas_rules()
    {
        var spectral = ExternalTools.Require("spectral", "npm install -g @stoplight/spectral-cli");
        var folder = Directory.CreateTempSubdirectory("demandatlas-openapi-").FullName;
        try
        {
            var file = Path.Combine(folder, "openapi.json");
            await File.WriteAllTextAsync(file, await DocumentAsync());
            var ruleset = Path.Combine(ExternalProcess.RepositoryRoot, ".spectral.yaml");

            var (exit, output, error) = await ExternalProcess.RunAsync(spectral, ["lint", file, "--ruleset", ruleset, "--format", "json", "--fail-severity", "hint", "--quiet"], folder);

            // An empty list is the only clean result: every error, warning, info or hint is printed by the assert.
            var findings = JsonDocument.Parse(output.Length == 0 ? "[]" : output).RootElement.EnumerateArray()
                .Select(f => $"{f.GetProperty("code").GetString()} at {string.Join('.', f.GetProperty("path").EnumerateArray().Select(p => p.ToString()))}: {f.GetProperty("message").GetString()}")
                .ToList();
            Assert.True(findings.Count == 0 && exit == 0, $"spectral exit {exit}: {string.Join("\n", findings)}{error}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Text(JsonElement element, string property, string where)
    {
        Assert.True(element.TryGetProperty(property, out var value) && !string.IsNullOrWhiteSpace(value.GetString()), $"{where} has no {property}");
        return value.GetString()!;
    }
}
