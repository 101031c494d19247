// The NHS number check (Modulus 11, as the reference provider does it; https://developer.nhs.uk/apis/gpconnect/development_fhir_resource_guidance.html): the one implementation.

/** True when `value` is exactly ten digits whose last digit is the Modulus 11 check digit of the first nine. */
export function isValidNhsNumber(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(value[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  // A check of 10 can never equal one digit, so such numbers are invalid.
  return check === Number(value[9]);
}
