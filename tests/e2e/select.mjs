// Choosing in antd's Select and TreeSelect the way a person does: open the list, type to
// narrow it, click the option, and see the choice show in the field.
//
// The list opens at the end of the document, outside any dialog, slides in, and re-renders
// its virtual rows as the search narrows them, so a click can find the row it aimed at
// replaced, or (on a slow machine) land on whatever lies under it. Each pick therefore waits
// for the list to settle, checks its outcome, and on a miss closes the list and tries again,
// a few times.

const OPEN_LIST = ".ant-select-dropdown:not(.ant-select-dropdown-hidden)";
const OPTION = ".ant-select-item-option";
const TREE_NODE = ".ant-select-tree-node-content-wrapper";
const ATTEMPTS = 4;

/**
 * Clicks the option holding `option` in the list of the select whose input is `selector`
 * within `scope` (a page, or a locator such as a dialog; or `selector` is the input's locator), typing `search` first if given,
 * until the field shows it (`chosen`) or no longer shows it (`!chosen`, for taking a value off
 * a multiple select).
 */
async function toggle(scope, selector, optionCss, option, search, chosen) {
  const input =
    typeof selector === "string" ? scope.locator(selector) : selector;
  const page = input.page();
  const shown = input
    .locator(
      'xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]',
    )
    .locator(".ant-select-selection-item")
    .filter({ hasText: option });
  const done = async () => (await shown.count()) > 0 === chosen;
  const list = page.locator(OPEN_LIST);
  let failure;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    // A click that landed late may have done it already; another would undo it.
    if (attempt > 0 && (await done())) return;
    try {
      // In the middle of the window the list opens below the field, clear of the page's
      // header, whose menu links a stray click would follow.
      await input.evaluate((element) =>
        element.scrollIntoView({ block: "center" }),
      );
      // A chosen value covers the input: click through it.
      await input.click({ force: true });
      if (search) await input.fill(search);
      const target = list
        .locator(optionCss)
        .filter({ hasText: option })
        .first();
      await target.waitFor({ timeout: 5000 });
      await page.waitForFunction(() =>
        [...document.querySelectorAll(".ant-select-dropdown")].every(
          (element) => !/-(appear|enter|leave)/.test(element.className),
        ),
      );
      await target.click({ timeout: 5000 });
      await shown
        .first()
        .waitFor({ state: chosen ? "visible" : "hidden", timeout: 3000 })
        .catch(() => {});
      if (await done()) return;
      throw new Error(
        `${selector}: "${option}" did not ${chosen ? "show" : "go"}`,
      );
    } catch (error) {
      failure = error;
      await page.keyboard.press("Escape");
      await list
        .first()
        .waitFor({ state: "hidden", timeout: 3000 })
        .catch(() => {});
    }
  }
  throw failure;
}

/** Chooses `option` in the Select whose input is `selector`, typing `search` first if given. */
export const pick = (scope, selector, option, search) =>
  toggle(scope, selector, OPTION, option, search, true);

/** Takes `option` off the multiple Select whose input is `selector`. */
export const unpick = (scope, selector, option) =>
  toggle(scope, selector, OPTION, option, undefined, false);

/** Chooses the taxonomy class labelled `label` in a TreeSelect, found by typing `search`. */
export const pickClass = (scope, selector, search, label) =>
  toggle(scope, selector, TREE_NODE, label, search, true);
