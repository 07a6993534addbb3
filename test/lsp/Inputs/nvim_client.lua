-- Neovim's built-in LSP client against `irqlint --lsp`: opens SOURCE,
-- waits for irqlint's diagnostics and writes them to OUT; then fixes one
-- leak in the buffer, saves it, and writes the diagnostics irqlint sends
-- for the saved file. Run headless:
--   IRQLINT=… SOURCE=… OUT=… nvim --headless -u NONE -i NONE -c 'luafile nvim_client.lua'
-- This is also the configuration docs/editors.md shows, minus the test.
local irqlint = os.getenv("IRQLINT")
local source = os.getenv("SOURCE")
local out = assert(io.open(os.getenv("OUT"), "w"))

local function dump(title, bufnr)
  out:write(title .. "\n")
  local diags = vim.diagnostic.get(bufnr)
  table.sort(diags, function(a, b) return a.lnum < b.lnum end)
  for _, d in ipairs(diags) do
    local lsp = (d.user_data or {}).lsp or {}
    out:write(string.format("%d:%d: severity %d [%s] %s: %s\n", d.lnum + 1,
      d.col + 1, d.severity, tostring(d.code or lsp.code), d.source or "?",
      d.message))
    if lsp.codeDescription then
      out:write("  doc: " .. lsp.codeDescription.href .. "\n")
    end
    for _, r in ipairs(lsp.relatedInformation or {}) do
      out:write(string.format("  related %d:%d: %s\n",
        r.location.range.start.line + 1, r.location.range.start.character + 1,
        r.message))
    end
  end
end

vim.cmd("edit " .. vim.fn.fnameescape(source))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "irqlint",
  cmd = { irqlint, "--lsp" },
  root_dir = vim.fn.fnamemodify(source, ":p:h"),
})
vim.lsp.buf_attach_client(bufnr, client_id)
if not vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then
  out:write("timeout: no diagnostics after opening\n")
end
dump("after open", bufnr)

-- Release the lock on Send's early return (line 12: `return;`), and save.
vim.api.nvim_buf_set_lines(bufnr, 11, 12, false,
  { "    { NdisReleaseSpinLock(&a->Lock); return; }" })
vim.cmd("write")
if not vim.wait(60000, function() return #vim.diagnostic.get(bufnr) == 1 end, 50) then
  out:write("timeout: diagnostics not updated after saving\n")
end
dump("after save", bufnr)

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
out:close()
vim.cmd("qa!")
