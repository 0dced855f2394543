using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Lantern.Web.Security;

/// <summary>
/// Refuses an API request whose Content-Type names a character set .NET cannot decode (<c>charset=nonsense</c>, UTF-7)
/// with 415 and problem details. The JSON body reader throws InvalidOperationException for such a body, which reached
/// the caller as a 500: the mistake is the caller's, and it should say what to send instead.
/// </summary>
public sealed class RequestCharset(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.ContentType is { } contentType && MediaTypeHeaderValue.TryParse(contentType, out var media)
            && media.Charset.HasValue && !IsKnown(HeaderUtilities.RemoveQuotes(media.Charset).ToString()))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Title = "The request body's character set is not supported.",
                    Detail = "Send the body as JSON encoded in UTF-8 (Content-Type: application/json).",
                },
            });
            return;
        }

        await next(context);
    }

    private static bool IsKnown(string charset)
    {
        // The same test the JSON reader makes, so that what passes here can be read there.
        if (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            _ = Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
