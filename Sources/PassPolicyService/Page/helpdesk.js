// The helpdesk page: sign in with a helpdesk token (kept in sessionStorage, this tab only),
// then check candidates as they are typed. The password travels only in the body of a POST
// to /v1/check: never in a URL, a cookie, localStorage or a log.
"use strict";

const words = {
  en: {
    title: "Password check", language: "Language", signinHelp: "Sign in with your helpdesk token. It is kept in this tab only.",
    token: "Token", signin: "Sign in", user: "User name", fullName: "Full name (optional)", password: "Candidate password",
    signout: "Sign out", badToken: "That token is not valid. Check it and try again.", unreachable: "The policy service cannot be reached.",
    accepted: "Meets every rule.", rejected: "Breaks {n} of the rules.", limited: "Too many checks for this user this hour; try again later.",
    failed: "The check failed: ",
  },
  cy: {
    title: "Gwirio cyfrinair", language: "Iaith", signinHelp: "Mewngofnodwch gyda'ch tocyn desg gymorth. Mae'n cael ei gadw yn y tab hwn yn unig.",
    token: "Tocyn", signin: "Mewngofnodi", user: "Enw defnyddiwr", fullName: "Enw llawn (dewisol)", password: "Cyfrinair i'w wirio",
    signout: "Allgofnodi", badToken: "Dydy'r tocyn hwnnw ddim yn ddilys. Gwiriwch e a rhowch gynnig arall arni.",
    unreachable: "Does dim modd cyrraedd y gwasanaeth polisi.", accepted: "Mae'n bodloni pob rheol.", rejected: "Mae'n torri {n} o'r rheolau.",
    limited: "Gormod o wiriadau ar gyfer y defnyddiwr hwn yr awr hon; rhowch gynnig arall arni yn nes ymlaen.", failed: "Methodd y gwiriad: ",
  },
};

const $ = (id) => document.getElementById(id);
let lang = (sessionStorage.getItem("lang") || (navigator.language || "en")).toLowerCase().startsWith("cy") ? "cy" : "en";
let rules = [];
let timer = null;
let sequence = 0;

function t(key) { return (words[lang] || words.en)[key]; }

function applyLanguage() {
  document.documentElement.lang = lang;
  $("lang").value = lang;
  for (const el of document.querySelectorAll("[data-text]")) el.textContent = t(el.dataset.text);
}

function headers() {
  return { "Content-Type": "application/json", "Authorization": "Bearer " + sessionStorage.getItem("token"), "Accept-Language": lang };
}

function showError(id, text) {
  const el = $(id);
  el.textContent = text;
  el.hidden = !text;
}

async function loadPolicy() {
  const response = await fetch("/v1/policy", { headers: { "Accept-Language": lang } });
  const policy = await response.json();
  rules = policy.rules;
  const list = $("rules");
  list.replaceChildren();
  for (const rule of rules) {
    const li = document.createElement("li");
    li.dataset.rule = rule.rule;
    const text = document.createElement("span");
    text.className = "description";
    text.textContent = rule.description;
    const id = document.createElement("span");
    id.className = "rule-id";
    id.textContent = rule.rule;
    const message = document.createElement("span");
    message.className = "message";
    li.append(text, id, message);
    list.append(li);
  }
}

async function signIn(event) {
  event.preventDefault();
  const token = $("token").value.trim();
  $("token").value = "";
  if (!token) return;
  sessionStorage.setItem("token", token);
  try {
    // An empty candidate with no user: any valid token may check, and no history is touched.
    const response = await fetch("/v1/check", { method: "POST", headers: headers(), body: JSON.stringify({ password: "" }) });
    if (response.status === 401) {
      sessionStorage.removeItem("token");
      showError("signin-error", t("badToken"));
      return;
    }
  } catch (e) {
    sessionStorage.removeItem("token");
    showError("signin-error", t("unreachable"));
    return;
  }
  showError("signin-error", "");
  await showChecker();
}

async function showChecker() {
  $("signin").hidden = true;
  $("check").hidden = false;
  await loadPolicy();
  $("user").focus();
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(check, 400);
}

async function check() {
  const password = $("password").value;
  const mine = ++sequence;
  if (!password) {
    for (const li of $("rules").children) { delete li.dataset.state; li.querySelector(".message").textContent = ""; }
    $("verdict").textContent = "";
    return;
  }
  const body = { password: password, lang: lang };
  const user = $("user").value.trim();
  const fullName = $("full_name").value.trim();
  if (user) body.user = user;
  if (fullName) body.full_name = fullName;
  let response;
  try {
    response = await fetch("/v1/check", { method: "POST", headers: headers(), body: JSON.stringify(body), cache: "no-store" });
  } catch (e) {
    showError("check-error", t("unreachable"));
    return;
  }
  if (mine !== sequence) return;  // a later keystroke's answer is on its way
  if (response.status === 401) { signOut(); showError("signin-error", t("badToken")); return; }
  if (response.status === 429) { showError("check-error", t("limited")); return; }
  const answer = await response.json();
  if (!response.ok) { showError("check-error", t("failed") + (answer.message || response.status)); return; }
  showError("check-error", "");
  const broken = new Map(answer.violations.map((v) => [v.rule, v.message]));
  for (const li of $("rules").children) {
    const message = broken.get(li.dataset.rule);
    li.dataset.state = message === undefined ? "pass" : "fail";
    li.querySelector(".message").textContent = message || "";
  }
  $("verdict").textContent = answer.accepted ? t("accepted") : t("rejected").replace("{n}", String(answer.violations.length));
}

function signOut() {
  sessionStorage.removeItem("token");
  $("password").value = "";
  $("check").hidden = true;
  $("signin").hidden = false;
  $("token").focus();
}

document.addEventListener("DOMContentLoaded", async () => {
  applyLanguage();
  $("signin").addEventListener("submit", signIn);
  $("check").addEventListener("submit", (event) => event.preventDefault());
  for (const id of ["user", "full_name", "password"]) $(id).addEventListener("input", schedule);
  $("signout").addEventListener("click", signOut);
  $("lang").addEventListener("change", async () => {
    lang = $("lang").value;
    sessionStorage.setItem("lang", lang);
    applyLanguage();
    if (!$("check").hidden) { await loadPolicy(); check(); }
  });
  if (sessionStorage.getItem("token")) await showChecker(); else $("token").focus();
});
