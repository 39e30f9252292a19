import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "**/.next/**", ".next-*/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      // Unused arguments named _x are deliberate (interfaces, callbacks).
      // App Router only: there is no pages/ directory for this rule to check links against.
      "@next/next/no-html-link-for-pages": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Client components bind server actions through inRegion (components/admin/use-form-action.ts):
    // a bind in a client component's render makes a form posted without JavaScript hang.
    files: ["components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='bind']",
          message: "Bind a region action with inRegion(action, regionSlug): a bind made while rendering never answers a form posted without JavaScript (vercel/next.js#98045).",
        },
      ],
    },
  },
];

export default config;
